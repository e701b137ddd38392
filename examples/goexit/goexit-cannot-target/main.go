// runtime.Goexit takes no argument: it ends the goroutine that calls it,
// never another one. A stop helper called by a supervisor ends the
// supervisor, not the worker it was meant for. To end another goroutine,
// ask it: here by closing a channel it waits on.
package main

import (
	"fmt"
	"runtime"
)

func stop() {
	runtime.Goexit()
}

func main() {
	shutdown := make(chan struct{})
	workerDone := make(chan struct{})
	go func() {
		defer close(workerDone)
		<-shutdown
		fmt.Println("worker: asked to stop, returning")
	}()

	supervisorDone := make(chan struct{})
	go func() {
		defer close(supervisorDone)
		defer fmt.Println("supervisor: ended by its own call to stop")
		stop() // meant for the worker
		close(shutdown)
	}()
	<-supervisorDone

	fmt.Println("main: the worker still runs; closing shutdown")
	close(shutdown)
	<-workerDone
}
