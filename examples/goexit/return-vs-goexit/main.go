// A return leaves only the function that executes it, and its caller
// carries on. runtime.Goexit leaves every function on the goroutine's
// stack: the caller never resumes. Deferred calls run in both cases.
package main

import (
	"fmt"
	"runtime"
)

func withReturn() {
	defer fmt.Println("  withReturn: deferred call")
	fmt.Println("  withReturn: returns")
}

func withGoexit() {
	defer fmt.Println("  withGoexit: deferred call")
	fmt.Println("  withGoexit: calls runtime.Goexit")
	runtime.Goexit()
}

func runInGoroutine(name string, leave func()) {
	done := make(chan struct{})
	go func() {
		defer close(done)
		defer fmt.Println("  goroutine: deferred call")
		leave()
		fmt.Println("  goroutine: carries on after", name)
	}()
	<-done
}

func main() {
	fmt.Println("return:")
	runInGoroutine("withReturn", withReturn)
	fmt.Println("runtime.Goexit:")
	runInGoroutine("withGoexit", withGoexit)
}
