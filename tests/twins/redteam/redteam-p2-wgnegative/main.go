// Calling Done more often than Add panics with "sync: negative WaitGroup counter".
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		fmt.Println("working")
	}()
	wg.Wait()
	defer fmt.Println("deferred before the crash")
	wg.Done()
}
