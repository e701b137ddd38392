package main

import (
	"fmt"
	"sync"
)

// A fatal error is not a panic: recover cannot stop it and deferred calls do not run.
func main() {
	defer fmt.Println("deferred: never printed")
	defer func() { fmt.Println("recover:", recover()) }()
	var rw sync.RWMutex
	rw.RLock()
	rw.RUnlock()
	fmt.Println("one RLock, one RUnlock: fine")
	rw.RUnlock()
}
