// errors.Is walks Unwrap() error and Unwrap() []error depth first, and asks Is methods; comparable values match by ==.
package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
)

var ErrA = errors.New("A")
var ErrB = errors.New("B")
var ErrC = errors.New("C")

type Temporary struct{ Op string }

func (t Temporary) Error() string { return t.Op + ": temporary" }

type matchAll struct{}

func (matchAll) Error() string        { return "matches anything" }
func (matchAll) Is(target error) bool { return target == ErrC }

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

func main() {
	tree := errors.Join(fmt.Errorf("x: %w", ErrA), errors.Join(fmt.Errorf("%w and %w", ErrB, context.Canceled)))
	for _, target := range []error{ErrA, ErrB, ErrC, context.Canceled, context.DeadlineExceeded, nil} {
		fmt.Println(target, errors.Is(tree, target))
	}
	fmt.Println(errors.Is(nil, nil), errors.Is(nil, ErrA), errors.Is(ErrA, nil))
	fmt.Println(errors.Is(Temporary{"read"}, Temporary{"read"}), errors.Is(Temporary{"read"}, Temporary{"write"}))
	fmt.Println(errors.Is(fmt.Errorf("w: %w", Temporary{"read"}), Temporary{"read"}))
	fmt.Println(errors.Is(matchAll{}, ErrC), errors.Is(matchAll{}, ErrA), errors.Is(fmt.Errorf("%w", matchAll{}), ErrC))
	fmt.Println(errors.Is(Code(3), Code(3)), errors.Is(Code(3), Code(4)), errors.Is(errors.Join(Code(1), Code(2)), Code(2)))
	fmt.Println(errors.Is(errors.New("A"), ErrA), errors.Is(ErrA, ErrA))
	deadline := fmt.Errorf("read: %w", os.ErrDeadlineExceeded)
	fmt.Println(errors.Is(deadline, os.ErrDeadlineExceeded), deadline)
	fmt.Println(errors.Is(fs.ErrNotExist, fs.ErrNotExist))
	chain := ErrA
	for i := 0; i < 5; i++ {
		chain = fmt.Errorf("level %d: %w", i, chain)
	}
	fmt.Println(errors.Is(chain, ErrA), chain)
}
