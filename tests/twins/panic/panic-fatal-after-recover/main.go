// A fatal error after recover, still inside the deferred call: the panic prints as [recovered], then the fatal error.
package main

import (
	"fmt"
	"sync"
)

type Level int

func main() {
	defer func() {
		fmt.Println("recovered:", recover())
		var mu sync.Mutex
		mu.Unlock()
	}()
	panic(Level(3))
}
