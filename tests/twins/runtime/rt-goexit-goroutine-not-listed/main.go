package main

import (
	"fmt"
	"runtime"
	"sync"
)

// A goroutine that called Goexit is gone: NumGoroutine does not count it and
// the deadlock report does not list it.
func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer fmt.Println("deferred call at Goexit")
		runtime.Goexit()
	}()
	wg.Wait()
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	fmt.Println("goroutines:", runtime.NumGoroutine())
	block := make(chan int)
	go func() { block <- 1 }()
	var wg2 sync.WaitGroup
	wg2.Add(1)
	wg2.Wait()
}
