// close wakes every goroutine waiting to receive from the channel, where
// a send wakes only one. A closed channel is therefore a broadcast: here
// one close tells three workers to stop.
package main

import (
	"fmt"
	"sync"
)

func main() {
	stop := make(chan struct{})
	stopped := make([]bool, 3)
	var wg sync.WaitGroup
	for i := range 3 {
		wg.Go(func() {
			<-stop
			stopped[i] = true
		})
	}
	close(stop)
	wg.Wait()
	for i, ok := range stopped {
		if ok {
			fmt.Println("worker", i, "woke up and stopped")
		}
	}
}
