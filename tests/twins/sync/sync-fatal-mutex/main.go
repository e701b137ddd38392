package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	done := make(chan bool)
	go func() {
		defer close(done)
		defer func() { fmt.Println("recover in the goroutine:", recover()) }()
		mu.Lock()
		mu.Unlock()
		fmt.Println("goroutine unlocks twice")
		mu.Unlock()
	}()
	<-done
	fmt.Println("never")
}
