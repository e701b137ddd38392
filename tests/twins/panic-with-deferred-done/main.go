package main

import (
	"fmt"
	"runtime"
	"sync"
)

func lookup(m map[string]int) int {
	v, ok := m["missing"]
	if !ok {
		panic("missing key")
	}
	return v
}

// One P: with several, a loaded machine can run main's 1000 yields out before
// the panicking goroutine gets a CPU, and Go exits 0 (it did, under load 20).
func main() {
	runtime.GOMAXPROCS(1)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		fmt.Println(lookup(map[string]int{}))
	}()
	wg.Wait() // returns once the deferred Done has run; the panic still ends the program, status 2
}
