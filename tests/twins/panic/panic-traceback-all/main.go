// debug.SetTraceback("all"): the crash lists every goroutine, not just the one that panicked.
package main

import (
	"fmt"
	"runtime/debug"
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
	fmt.Println("worker is waiting")
	panic("boom")
}
