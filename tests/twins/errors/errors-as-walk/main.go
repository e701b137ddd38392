// errors.As finds the first error of a type along the tree (depth first through joins and multi-%w), or an As method.
package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
)

type PathError struct {
	Path string
}

func (e *PathError) Error() string { return "path " + e.Path }

type CodeError struct{ Code int }

func (e CodeError) Error() string { return "code " + strconv.Itoa(e.Code) }

type Fallback struct{}

func (Fallback) Error() string { return "fallback" }
func (Fallback) As(target any) bool {
	if p, ok := target.(**PathError); ok {
		*p = &PathError{"from As"}
		return true
	}
	return false
}

type timeout interface{ Timeout() bool }

func main() {
	tree := errors.Join(
		fmt.Errorf("first: %w", CodeError{1}),
		fmt.Errorf("second: %w and %w", &PathError{"/a"}, CodeError{2}),
		&PathError{"/b"},
	)
	var pe *PathError
	fmt.Println(errors.As(tree, &pe), pe.Path, pe)
	var ce CodeError
	fmt.Println(errors.As(tree, &ce), ce.Code, ce)
	fmt.Println(errors.As(errors.New("plain"), &pe))
	pe = nil
	fmt.Println(errors.As(Fallback{}, &pe), pe)
	fmt.Println(errors.As(fmt.Errorf("wrapped: %w", Fallback{}), &pe), pe)
	var to timeout
	deadline := fmt.Errorf("read: %w", os.ErrDeadlineExceeded)
	fmt.Println(errors.As(deadline, &to), to.Timeout())
	_, err := strconv.Atoi("12x")
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, ne.Err, errors.Is(err, strconv.ErrSyntax))
	_, err = strconv.ParseInt("99999999999999999999", 10, 64)
	fmt.Println(err, errors.Is(err, strconv.ErrRange))
	var nilErr error
	fmt.Println(errors.As(nilErr, &pe))
	if p, ok := errors.AsType[*PathError](tree); ok {
		fmt.Println("AsType:", p.Path)
	}
}
