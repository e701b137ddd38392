// runtime.Goexit in main while another goroutine is blocked, not finishing:
// the worker waits for a job that main was going to send after Goexit.
// Every goroutine left is asleep, so the runtime reports the ordinary
// deadlock, with the blocked goroutine's stack, and status 2.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	jobs := make(chan string)
	ready := make(chan struct{})
	go func() {
		fmt.Println("worker: waiting for a job")
		close(ready)
		job := <-jobs // nobody will send: main is gone
		fmt.Println("worker: got", job)
	}()
	<-ready
	defer fmt.Println("main: deferred call runs")
	runtime.Goexit()
	jobs <- "report" // never reached
}
