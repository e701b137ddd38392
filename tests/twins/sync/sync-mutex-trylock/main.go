package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	fmt.Println("TryLock free:", mu.TryLock())
	fmt.Println("TryLock held:", mu.TryLock())
	got := make(chan bool)
	go func() { got <- mu.TryLock() }()
	fmt.Println("TryLock from another goroutine:", <-got)
	go func() { mu.Unlock() }() // any goroutine may unlock
	mu.Lock()
	fmt.Println("locked again after another goroutine unlocked")
	mu.Unlock()
	var lk sync.Locker = &mu
	lk.Lock()
	fmt.Println("as a Locker:", mu.TryLock())
	lk.Unlock()
}
