// Cancelling a tree of contexts with a cause; children see the parent's cancellation and cause.
package main

import (
	"context"
	"errors"
	"fmt"
)

func main() {
	parent, cancel := context.WithCancelCause(context.Background())
	child, cancelChild := context.WithCancel(parent)
	defer cancelChild()
	grandchild := context.WithValue(child, "k", "v")

	fmt.Println(parent.Err(), child.Err(), grandchild.Err())
	cancel(errors.New("shutting down"))
	<-grandchild.Done()
	fmt.Println(parent.Err(), child.Err(), grandchild.Err())
	fmt.Println(context.Cause(parent), context.Cause(child), context.Cause(grandchild))
	fmt.Println(grandchild.Value("k"), grandchild.Value("missing"))
	fmt.Println(errors.Is(grandchild.Err(), context.Canceled))

	other, stop := context.WithCancel(context.Background())
	stop()
	stop()
	fmt.Println(other.Err(), context.Cause(other))
}
