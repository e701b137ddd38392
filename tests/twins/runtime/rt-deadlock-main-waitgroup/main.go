package main

import (
	"fmt"
	"sync"
)

// The classic: one Done too few. main waits in WaitGroup.Wait, the workers
// have ended, the report lists main alone.
func main() {
	var wg sync.WaitGroup
	results := make(chan int, 3)
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func() {
			if i != 2 {
				defer wg.Done()
			}
			results <- i * i
		}()
	}
	wg.Wait()
	close(results)
	fmt.Println("never")
}
