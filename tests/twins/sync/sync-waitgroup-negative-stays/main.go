package main

import (
	"fmt"
	"sync"
)

// A negative counter panics, and the counter stays negative: a later Wait
// waits for ever.
func main() {
	var wg sync.WaitGroup
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		wg.Done()
	}()
	fmt.Println("waiting")
	wg.Wait()
}
