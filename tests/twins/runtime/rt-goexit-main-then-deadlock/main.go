package main

import (
	"fmt"
	"runtime"
	"sync"
)

// After main's Goexit the others run on; when the last one blocks for good,
// the report is the ordinary deadlock, listing the others but not main.
func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	ch := make(chan int)
	start := make(chan bool)
	go func() {
		defer wg.Done()
		<-start
		fmt.Println("worker 1 done")
	}()
	go func() {
		wg.Done()
		wg.Wait()
		fmt.Println("worker 2 saw worker 1 finish, now waits")
		<-ch
	}()
	defer close(start)
	defer fmt.Println("main's deferred call runs at Goexit")
	runtime.Goexit()
}
