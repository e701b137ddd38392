package main

import (
	"fmt"
	"sync"
)

func lookup(m map[string]int) int {
	v, ok := m["missing"]
	if !ok {
		panic("missing key")
	}
	return v
}

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		fmt.Println(lookup(map[string]int{}))
	}()
	wg.Wait() // returns once the deferred Done has run; the panic still ends the program, status 2
}
