package main

import (
	"fmt"
	"sync"
)

// A Signal sent before anyone waits is lost: the waiter waits for ever.
func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	cond.Signal()
	fmt.Println("signalled before anyone waits")
	mu.Lock()
	for !ready {
		cond.Wait()
	}
	mu.Unlock()
}
