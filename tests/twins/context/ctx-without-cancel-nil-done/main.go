package main

import (
	"context"
	"fmt"
	"time"
)

// WithoutCancel drops the parent's deadline and Done: its Done is a nil
// channel, which is never ready.
func main() {
	parent, cancel := context.WithTimeout(context.Background(), time.Hour)
	defer cancel()
	parent = context.WithValue(parent, "trace", "t-1")
	d := context.WithoutCancel(parent)
	dl, ok := d.Deadline()
	fmt.Println(d.Value("trace"), dl.IsZero(), ok, d.Done() == nil, d.Err(), context.Cause(d))
	cancel()
	fmt.Println("parent:", parent.Err(), "| detached:", d.Err())
	select {
	case <-d.Done():
		fmt.Println("never")
	case <-parent.Done():
		fmt.Println("only the parent's Done is closed")
	}
}
