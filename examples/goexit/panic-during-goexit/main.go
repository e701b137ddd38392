// A deferred call may panic while runtime.Goexit unwinds. If another
// deferred call recovers that panic, Goexit carries on: the goroutine
// still ends, and its caller never resumes.
package main

import (
	"fmt"
	"runtime"
)

func cleanup() {
	defer func() {
		fmt.Println("cleanup: recovered:", recover())
	}()
	defer func() {
		panic("closing the connection failed")
	}()
	fmt.Println("cleanup: calling runtime.Goexit")
	runtime.Goexit()
}

func main() {
	done := make(chan struct{})
	go func() {
		defer close(done)
		defer fmt.Println("goroutine: deferred call runs")
		cleanup()
		fmt.Println("goroutine: after cleanup (never printed)")
	}()
	<-done
	fmt.Println("main: the goroutine ended all the same")
}
