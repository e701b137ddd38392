// os.Exit called from any goroutine ends the whole program, main
// included: main never resumes and its deferred calls are skipped.
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("main: deferred call (never printed)")
	done := make(chan struct{})
	go func() {
		defer close(done) // never runs
		fmt.Println("worker: certificate is corrupt, calling os.Exit(4)")
		os.Exit(4)
	}()
	<-done
	fmt.Println("main: after the worker (never printed)")
}
