package main

import (
	"errors"
	"fmt"
	"sync"
)

// A goroutine's unrecovered panic ends the program at once, even while main
// waits and other goroutines are blocked: no deadlock is reported.
func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); select {} }()
	go func() {
		defer wg.Done()
		defer fmt.Println("deferred call runs first")
		panic(errors.New("worker failed"))
	}()
	wg.Wait()
}
