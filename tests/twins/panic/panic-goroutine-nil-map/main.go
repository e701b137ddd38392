// A run-time error in another goroutine: the whole program crashes with Go's message and status 2.
package main

import (
	"fmt"
	"sync"
)

type Cache struct {
	mu    sync.Mutex
	items map[string]int
}

func (c *Cache) Put(k string, v int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.items[k] = v
}

func main() {
	c := &Cache{}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		fmt.Println("worker storing")
		c.Put("a", 1)
		wg.Done()
	}()
	wg.Wait()
}
