// os.Exit ends the whole program at once: the goroutine that calls it,
// main, and every other goroutine stop where they are. No deferred call
// runs, in any goroutine.
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("main: deferred call (never printed)")
	ready := make(chan struct{})
	go func() {
		defer fmt.Println("worker: deferred call (never printed)")
		fmt.Println("worker: started, waiting for work")
		close(ready)
		select {} // waits for ever
	}()
	<-ready
	fmt.Println("main: calling os.Exit(3)")
	os.Exit(3)
}
