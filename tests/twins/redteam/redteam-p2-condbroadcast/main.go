// sync.Cond: workers wait until the coordinator broadcasts that work may start.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	waiting := 0
	var wg sync.WaitGroup
	started := make(chan int, 4)
	for i := 1; i <= 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			waiting++
			cond.Broadcast()
			for !ready {
				cond.Wait()
			}
			mu.Unlock()
			started <- i
		}()
	}
	mu.Lock()
	for waiting < 4 {
		cond.Wait()
	}
	fmt.Println("all waiting:", waiting)
	ready = true
	cond.Broadcast()
	mu.Unlock()
	wg.Wait()
	close(started)
	sum := 0
	for i := range started {
		sum += i
	}
	fmt.Println("sum of started ids:", sum)
}
