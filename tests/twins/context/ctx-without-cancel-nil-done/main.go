package main

import (
	"context"
	"fmt"
	"runtime"
	"time"
)

// WithoutCancel drops the parent's deadline and Done: its Done is a nil
// channel, which blocks for ever, so waiting on it alone is a deadlock.
// (One P: with several, the stopped timer of the cancelled parent can stay on
// another P's heap and delay the report until its hour is up.)
func main() {
	runtime.GOMAXPROCS(1)
	parent, cancel := context.WithTimeout(context.Background(), time.Hour)
	defer cancel()
	parent = context.WithValue(parent, "trace", "t-1")
	d := context.WithoutCancel(parent)
	dl, ok := d.Deadline()
	fmt.Println(d.Value("trace"), dl.IsZero(), ok, d.Done() == nil, d.Err(), context.Cause(d))
	cancel()
	fmt.Println("parent:", parent.Err(), "| detached:", d.Err())
	<-d.Done()
}
