// Because runtime.Goexit runs deferred calls, a goroutine that releases
// what it holds with defer (a mutex, a WaitGroup count, a connection)
// releases it even when it ends with Goexit: here main can lock the mutex
// again, and Wait returns.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		mu.Lock()
		defer mu.Unlock()
		fmt.Println("worker: holds the lock, calling runtime.Goexit")
		runtime.Goexit()
	}()
	wg.Wait()
	mu.Lock()
	fmt.Println("main: Wait returned and the lock is free")
	mu.Unlock()
}
