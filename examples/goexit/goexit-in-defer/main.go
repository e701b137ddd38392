// runtime.Goexit called inside a deferred function does not deadlock.
// The rest of that deferred function is skipped, the remaining deferred
// calls still run, the function does not return to its caller, and the
// goroutine ends.
package main

import (
	"fmt"
	"runtime"
)

func save() {
	defer fmt.Println("save: deferred 1, still runs")
	defer func() {
		fmt.Println("save: deferred 2 calls runtime.Goexit")
		runtime.Goexit()
		fmt.Println("save: deferred 2 after Goexit (never printed)")
	}()
	defer fmt.Println("save: deferred 3, runs first")
	fmt.Println("save: returning")
}

func main() {
	done := make(chan struct{})
	go func() {
		defer close(done)
		defer fmt.Println("goroutine: deferred call runs")
		save()
		fmt.Println("goroutine: after save (never printed)")
	}()
	<-done
	fmt.Println("main: the goroutine ended, no deadlock")
}
