// Walking an error chain with errors.Unwrap, and a custom Is method that matches by code.
package main

import (
	"errors"
	"fmt"
)

type StatusError struct {
	Code int
}

func (e StatusError) Error() string { return fmt.Sprintf("status %d", e.Code) }

func (e StatusError) Is(target error) bool {
	t, ok := target.(StatusError)
	return ok && (t.Code == 0 || t.Code == e.Code)
}

func fetch() error {
	return fmt.Errorf("fetch user: %w", fmt.Errorf("http get: %w", StatusError{404}))
}

func main() {
	err := fetch()
	for e := err; e != nil; e = errors.Unwrap(e) {
		fmt.Printf("%T: %v\n", e, e)
	}
	fmt.Println(errors.Is(err, StatusError{404}), errors.Is(err, StatusError{500}), errors.Is(err, StatusError{}))
	var se StatusError
	if errors.As(err, &se) {
		fmt.Println("code:", se.Code)
	}
	joined := errors.Join(err, errors.New("also this"))
	fmt.Println(joined)
	fmt.Println(errors.Is(joined, StatusError{404}), errors.Unwrap(joined) == nil)
}
