// With SetTraceback("all") a fatal error lists the other goroutines after the failing one.
package main

import (
	"fmt"
	"runtime/debug"
	"time"
	"sync"
)

func main() {
	debug.SetTraceback("all")
	started := make(chan bool)
	wait := make(chan bool)
	for i := 0; i < 2; i++ {
		go func() {
			started <- true
			<-wait
		}()
	}
	<-started
	<-started
	time.Sleep(20 * time.Millisecond) // let the workers park in their receive
	fmt.Println("two workers blocked")
	var mu sync.Mutex
	mu.Unlock()
}
