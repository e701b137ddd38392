package main

import "fmt"

// A deferred call that blocks while its goroutine panics: main's 1000 yields
// pass at once, main exits with status 0 and the panic is never printed.
func main() {
	done := make(chan bool)
	never := make(chan bool)
	go func() {
		defer func() { <-never }()
		defer close(done)
		panic("never printed")
	}()
	<-done
	fmt.Println("main returns, status 0")
}
