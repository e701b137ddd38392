// debug.SetTraceback("all"): the crash lists every goroutine, not just the one that panicked.
package main

import (
	"fmt"
	"runtime/debug"
	"time"
)

func main() {
	debug.SetTraceback("all")
	ready := make(chan bool)
	block := make(chan int)
	go func() {
		ready <- true
		<-block
	}()
	<-ready
	time.Sleep(50 * time.Millisecond) // let the worker park in its receive
	fmt.Println("worker is waiting")
	panic("boom")
}
