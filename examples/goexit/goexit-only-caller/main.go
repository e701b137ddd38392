// runtime.Goexit ends only the goroutine that calls it: the other
// goroutines, main included, go on as if nothing had happened.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	quitterGone := make(chan struct{})
	wg.Add(2)
	go func() {
		defer wg.Done()
		defer close(quitterGone)
		fmt.Println("quitter: calling runtime.Goexit")
		runtime.Goexit()
	}()
	go func() {
		defer wg.Done()
		<-quitterGone // only so that the output order is fixed
		for i := 1; i <= 3; i++ {
			fmt.Println("worker: still working, step", i)
		}
	}()
	wg.Wait()
	fmt.Println("main: still running")
}
