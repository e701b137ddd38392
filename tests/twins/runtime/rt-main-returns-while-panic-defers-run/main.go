package main

import (
	"fmt"
	"runtime"
)

var total int

// main returns while a goroutine's panic runs its deferred calls: runtime.main
// yields to it (up to 1000 times) before exiting, so a deferred call that only
// computes finishes, and the panic ends the program with status 2. (One P, and
// no output from the deferred call: a write lets main's yields run out first.)
func main() {
	runtime.GOMAXPROCS(1)
	done := make(chan bool)
	go func() {
		defer func() {
			for i := 1; i <= 1000; i++ {
				total += i
			}
		}()
		defer close(done)
		fmt.Println("worker starts")
		panic("worker failed")
	}()
	<-done // main returns now, while the deferred calls still run
}
