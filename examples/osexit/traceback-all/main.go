// A crash prints the stack of the goroutine that failed; with the
// traceback level at "all" it prints every goroutine's, so you see where
// the others were stuck. debug.SetTraceback("all") does what
// GOTRACEBACK=all does; it can raise the level, never lower it below what
// the environment set. One P (GOMAXPROCS 1) makes the worker surely parked
// when main crashes: with more, it could still be running on another
// thread, and the dump would say so instead of showing where it waits.
package main

import (
	"errors"
	"fmt"
	"runtime"
	"runtime/debug"
)

func main() {
	runtime.GOMAXPROCS(1)
	debug.SetTraceback("all")
	jobs := make(chan string)
	ready := make(chan struct{})
	go func() {
		close(ready)
		<-jobs // never sent: main crashes first
	}()
	<-ready
	fmt.Println("main: giving up")
	panic(errors.New("config is invalid"))
}
