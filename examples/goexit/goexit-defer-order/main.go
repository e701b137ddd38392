// runtime.Goexit runs every pending deferred call before the goroutine
// ends, in the order of a normal return: last deferred, first run, and the
// callee's deferred calls before its caller's.
package main

import (
	"fmt"
	"runtime"
)

func work() {
	for i := 1; i <= 3; i++ {
		defer fmt.Println("work: deferred call", i)
	}
	fmt.Println("work: calling runtime.Goexit")
	runtime.Goexit()
}

func main() {
	done := make(chan struct{})
	go func() {
		defer close(done)
		defer fmt.Println("goroutine: deferred call, runs after work's")
		work()
	}()
	<-done
	fmt.Println("main: the goroutine has ended")
}
