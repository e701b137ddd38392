// A panic raised by a deferred call while runtime.Goexit unwinds, and
// recovered by none, crashes the program like any other panic: the
// remaining deferred calls run as the panic unwinds, then the program
// prints the panic and exits with status 2.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	go func() {
		defer fmt.Println("worker: deferred call runs")
		defer func() {
			panic("closing the connection failed")
		}()
		fmt.Println("worker: calling runtime.Goexit")
		runtime.Goexit()
	}()
	select {} // wait forever: the crash ends the program
}
