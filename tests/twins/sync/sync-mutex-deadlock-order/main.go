package main

import (
	"fmt"
	"runtime"
	"sync"
)

// Goroutines are listed in Go's allgs order: a goroutine started after
// another has ended takes its place in the list. (With one P the ended
// goroutine's record is on the free list main takes from: deterministic.)
func main() {
	runtime.GOMAXPROCS(1)
	var mu sync.Mutex
	mu.Lock()
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { wg.Done() }() // ends
	b := make(chan int)
	go func() { <-b }() // blocks: chan receive
	wg.Wait()
	for runtime.NumGoroutine() > 2 {
		runtime.Gosched()
	}
	started := make(chan bool)
	go func() { started <- true; mu.Lock() }() // reuses the ended goroutine's place
	<-started
	go func() { var wg2 sync.WaitGroup; wg2.Add(1); wg2.Wait() }()
	fmt.Println("main blocks")
	b <- 1
	mu.Lock()
}
