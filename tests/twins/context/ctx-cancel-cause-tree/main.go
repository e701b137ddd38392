package main

import (
	"context"
	"errors"
	"fmt"
)

func main() {
	root, cancelRoot := context.WithCancelCause(context.Background())
	child, cancelChild := context.WithCancelCause(root)
	grand, cancelGrand := context.WithCancel(child)
	defer cancelGrand()
	fmt.Println(grand)
	cancelChild(errors.New("child stopped"))
	fmt.Println("child:", child.Err(), "|", context.Cause(child))
	fmt.Println("grand:", grand.Err(), "|", context.Cause(grand))
	fmt.Println("root:", root.Err(), "|", context.Cause(root))
	cancelRoot(errors.New("too late"))
	fmt.Println("root:", root.Err(), "|", context.Cause(root))
	fmt.Println("child keeps its cause:", context.Cause(child))
	c, cancel := context.WithCancelCause(context.Background())
	cancel(nil)
	fmt.Println("nil cause:", context.Cause(c), errors.Is(context.Cause(c), context.Canceled))
}
