package main

import (
	"fmt"
	"sync"
)

// Each goroutine blocks in a different part of an RWMutex; the deadlock
// report names each wait: a second writer waits on the writers' mutex.
func main() {
	var held sync.RWMutex
	held.RLock()
	go func() { held.Lock() }() // waits for the reader to leave
	for held.TryRLock() {       // until the writer is pending
		held.RUnlock()
	}
	go func() { held.RLock() }() // waits behind the pending writer
	go func() { held.Lock() }()  // waits for the first writer
	fmt.Println("main waits for ever")
	var w sync.RWMutex
	w.Lock()
	w.RLock()
}
