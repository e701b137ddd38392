// errors.Join: nil operands dropped, all-nil gives nil, one error per line; %q %v %s %x of a join.
package main

import (
	"errors"
	"fmt"
)

func main() {
	a, b, c := errors.New("a failed"), errors.New("b failed"), errors.New("c\nspans lines")
	j := errors.Join(a, nil, b)
	fmt.Println(j)
	fmt.Printf("%v|%s|%q|%x|%T\n", j, j, j, j, j)
	fmt.Println(errors.Join() == nil, errors.Join(nil, nil) == nil)
	one := errors.Join(a)
	fmt.Printf("%q %v\n", one, one == a)
	nested := errors.Join(j, c, errors.Join(errors.New("deep")))
	fmt.Printf("%q\n", nested)
	fmt.Println(nested)
	fmt.Println([]error{j, a})
	wrapped := fmt.Errorf("top: %w", j)
	fmt.Printf("%q\n", wrapped)
	if u, ok := j.(interface{ Unwrap() []error }); ok {
		errs := u.Unwrap()
		fmt.Println(len(errs), errs[0] == a, errs[1] == b)
	}
	fmt.Println(errors.Unwrap(j) == nil)
	var errs []error
	for i := 0; i < 3; i++ {
		errs = append(errs, fmt.Errorf("item %d", i))
	}
	fmt.Println(errors.Join(errs...))
	fmt.Printf("%+v|%10v|\n", j, one)
}
