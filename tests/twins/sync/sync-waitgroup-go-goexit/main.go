package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Go(func() {
		defer fmt.Println("deferred in the task")
		runtime.Goexit()
	})
	wg.Wait()
	fmt.Println("a task that calls Goexit is done")
	var mu sync.Mutex
	total := 0
	for i := 1; i <= 10; i++ {
		wg.Go(func() {
			mu.Lock()
			defer mu.Unlock()
			total += i
		})
	}
	wg.Wait()
	fmt.Println("total", total)
}
