package main

import (
	"fmt"
	"sync"
)

// Two readers hold the lock at the same time; a writer waits for both to
// leave, and readers that come while it waits queue behind it.
func main() {
	var rw sync.RWMutex
	inside := make(chan string)
	leave := make(chan bool)
	for _, name := range []string{"reader 1", "reader 2"} {
		go func() {
			rw.RLock()
			inside <- name + " holds the read lock"
			<-leave
			rw.RUnlock()
		}()
	}
	a, b := <-inside, <-inside
	fmt.Println(a < b || a > b, "two readers inside at once")
	fmt.Println("TryLock while read-locked:", rw.TryLock())
	fmt.Println("TryRLock while read-locked:", rw.TryRLock())
	rw.RUnlock()
	wrote := make(chan bool)
	go func() {
		rw.Lock()
		fmt.Println("writer in")
		rw.Unlock()
		wrote <- true
	}()
	for !func() bool {
		ok := rw.TryRLock()
		if ok {
			rw.RUnlock()
		}
		return !ok
	}() {
	}
	fmt.Println("a waiting writer keeps new readers out: TryRLock false")
	leave <- true
	leave <- true
	<-wrote
	fmt.Println("TryLock when free:", rw.TryLock())
	rw.Unlock()
	rl := rw.RLocker()
	rl.Lock()
	fmt.Println("RLocker locks for reading: TryLock", rw.TryLock())
	rl.Unlock()
	fmt.Println("and unlocks: TryLock", rw.TryLock())
	rw.Unlock()
}
