package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	ch := make(chan int)
	wg.Add(1)
	go func() { defer wg.Done(); ch <- 1; fmt.Println("never") }()
	var mu sync.Mutex
	mu.Lock()
	go func() { mu.Lock() }()
	go func() { select {} }()
	wg.Wait()
}
