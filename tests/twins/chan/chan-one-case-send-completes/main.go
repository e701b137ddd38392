package main

import "fmt"

// A one-case select send waits like a plain send until a receiver takes the
// value; on a closed channel it panics like a plain send.
func main() {
	ch := make(chan int)
	done := make(chan bool)
	go func() {
		defer close(done)
		select {
		case ch <- 1:
		}
	}()
	fmt.Println("received", <-ch)
	<-done
	close(ch)
	v, ok := <-ch
	fmt.Println("after close:", v, ok)
	defer func() { fmt.Println("recovered:", recover()) }()
	select {
	case ch <- 2:
	}
}
