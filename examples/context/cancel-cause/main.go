// WithCancelCause records why a context was cancelled. The first
// cancellation wins: its cause reaches every descendant and later causes are
// ignored. Err stays context.Canceled; Cause tells the story.
package main

import (
	"context"
	"errors"
	"fmt"
)

var errShutdown = errors.New("server shutting down")

func main() {
	parent, cancelParent := context.WithCancelCause(context.Background())
	child, cancelChild := context.WithCancelCause(parent)
	fmt.Println("before:     ", context.Cause(child))

	cancelParent(errShutdown)
	cancelChild(errors.New("too late"))
	fmt.Println("child err:  ", child.Err())
	fmt.Println("child cause:", context.Cause(child))
	fmt.Println("is shutdown:", errors.Is(context.Cause(child), errShutdown))

	other, cancelOther := context.WithCancelCause(context.Background())
	cancelOther(nil)
	fmt.Println("nil cause:  ", context.Cause(other))
}
