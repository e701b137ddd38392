// Custom wrappers: Unwrap() error and Unwrap() []error methods make errors.Unwrap, Is and As see through them.
package main

import (
	"errors"
	"fmt"
)

var ErrTimeout = errors.New("timeout")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

type MultiError struct{ Errs []error }

func (m MultiError) Error() string   { return fmt.Sprintf("%d errors", len(m.Errs)) }
func (m MultiError) Unwrap() []error { return m.Errs }

func main() {
	q := &QueryError{"SELECT 1", ErrTimeout}
	fmt.Println(q, errors.Unwrap(q) == ErrTimeout, errors.Is(q, ErrTimeout))
	fmt.Printf("%v|%+v|%s\n", q, q, q)
	w := fmt.Errorf("retry: %w", q)
	fmt.Println(w, errors.Is(w, ErrTimeout), errors.Unwrap(errors.Unwrap(w)) == ErrTimeout)
	var target *QueryError
	fmt.Println(errors.As(w, &target), target.Query)
	m := MultiError{[]error{errors.New("x"), q, nil}}
	fmt.Println(m, errors.Is(m, ErrTimeout), errors.Unwrap(m))
	fmt.Println(errors.As(m, &target), target == q)
	fmt.Println(errors.Join(m, w))
	empty := MultiError{}
	fmt.Println(empty, errors.Is(empty, ErrTimeout))
	fmt.Println(errors.Unwrap(nil), errors.Unwrap(ErrTimeout))
}
