// Errorf: %w wraps (one error: Unwrap() error; several: Unwrap() []error); non-errors print %!w(...); no %w: errorString.
package main

import (
	"errors"
	"fmt"
)

var ErrBase = errors.New("base failure")
var ErrOther = errors.New("other failure")

func main() {
	e1 := fmt.Errorf("step 1: %w", ErrBase)
	e2 := fmt.Errorf("step 2: %w", e1)
	fmt.Println(e2)
	fmt.Println(errors.Unwrap(e2) == e1, errors.Unwrap(e1) == ErrBase, errors.Unwrap(ErrBase))
	fmt.Println(errors.Is(e2, ErrBase), errors.Is(e2, ErrOther))
	fmt.Printf("%v|%s|%q|%T|%T\n", e2, e2, e2, e2, errors.Unwrap(e2))

	multi := fmt.Errorf("both: %w and %w", ErrBase, ErrOther)
	fmt.Println(multi, errors.Unwrap(multi))
	fmt.Println(errors.Is(multi, ErrBase), errors.Is(multi, ErrOther))
	if u, ok := multi.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(u.Unwrap()), u.Unwrap())
	}
	fmt.Printf("%T\n", multi)

	bad := fmt.Errorf("not an error: %w", 42)
	fmt.Println(bad, errors.Unwrap(bad))
	fmt.Printf("%T\n", bad)

	nilw := fmt.Errorf("nil: %w", nil)
	fmt.Println(nilw, errors.Unwrap(nilw) == nil)

	plain := fmt.Errorf("code %d", 7)
	fmt.Printf("%v %T\n", plain, plain)
	lit := fmt.Errorf("literal")
	fmt.Printf("%v %T\n", lit, lit)

	reorder := fmt.Errorf("%[2]w then %[1]w", ErrBase, ErrOther)
	fmt.Println(reorder)
	if u, ok := reorder.(interface{ Unwrap() []error }); ok {
		fmt.Println(u.Unwrap())
	}
	dup := fmt.Errorf("%w %[1]w %w", ErrBase, ErrOther)
	if u, ok := dup.(interface{ Unwrap() []error }); ok {
		fmt.Println(dup, len(u.Unwrap()))
	}
	fmt.Println(fmt.Errorf("%v and %s", ErrBase, ErrOther), errors.Unwrap(fmt.Errorf("%v", ErrBase)))
	fmt.Println(fmt.Errorf("%5w|%-20w|", ErrBase, ErrOther))
	fmt.Println(fmt.Errorf("%+w %#w", ErrBase, ErrBase))
	fmt.Println(fmt.Errorf("mixed %w %d %w", ErrBase, 3, "notErr"))
	fmt.Printf("%v\n", fmt.Errorf("wrap join: %w", errors.Join(ErrBase, ErrOther)))
}
