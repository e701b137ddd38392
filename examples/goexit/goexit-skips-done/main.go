// runtime.Goexit skips every statement after it, wg.Done() at the end of
// the goroutine included: the WaitGroup never reaches zero and main waits
// for ever, which the runtime reports as a deadlock (status 2). Write
// defer wg.Done() first thing, so that it runs however the goroutine ends.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		fmt.Println("worker: calling runtime.Goexit")
		runtime.Goexit()
		wg.Done() // never runs: should have been deferred
	}()
	wg.Wait()
	fmt.Println("main: Wait returned (never printed)")
}
