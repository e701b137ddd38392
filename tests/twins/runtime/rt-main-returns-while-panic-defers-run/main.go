package main

import "fmt"

// main returns while a goroutine's panic runs its deferred calls: runtime.main
// yields to it (up to 1000 times) before exiting, so a deferred call that only
// prints finishes, and the panic ends the program with status 2.
func main() {
	done := make(chan bool)
	go func() {
		defer func() {
			for i := 1; i <= 3; i++ {
				fmt.Println("cleanup step", i)
			}
		}()
		defer close(done)
		panic("worker failed")
	}()
	<-done // main returns now, while the deferred calls still run
}
