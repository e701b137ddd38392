// Atomic counters: fifty goroutines add a thousand each; atomic.Int64, CompareAndSwap, Swap.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var ops atomic.Uint64
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			for c := 0; c < 1000; c++ {
				ops.Add(1)
			}
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println("ops:", ops.Load())

	var n atomic.Int64
	n.Store(10)
	fmt.Println(n.CompareAndSwap(10, 20), n.CompareAndSwap(10, 30), n.Load())
	fmt.Println(n.Swap(5), n.Add(-2))
	var flag atomic.Bool
	fmt.Println(flag.Load(), flag.Swap(true), flag.Load())
}
