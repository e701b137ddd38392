// Walking a wrap chain by hand: each level's message, type, and what Unwrap returns.
package main

import (
	"context"
	"errors"
	"fmt"
)

type OpError struct {
	Op  string
	Err error
}

func (e *OpError) Error() string { return e.Op + " failed: " + e.Err.Error() }
func (e *OpError) Unwrap() error { return e.Err }

func main() {
	var err error = &OpError{"dial", fmt.Errorf("attempt %d: %w", 3, context.DeadlineExceeded)}
	err = fmt.Errorf("connect: %w", err)
	for level := 0; err != nil; level++ {
		fmt.Printf("%d %-26T %q\n", level, err, err.Error())
		err = errors.Unwrap(err)
	}
	joined := errors.Join(context.Canceled, &OpError{"read", errors.New("reset")})
	fmt.Printf("%T %v\n", errors.Unwrap(joined), errors.Is(joined, context.Canceled))
	var op *OpError
	if errors.As(joined, &op) {
		fmt.Println(op.Op, op.Err, op)
	}
	fmt.Println(context.Cause(context.Background()), errors.Is(context.DeadlineExceeded, context.DeadlineExceeded))
}
