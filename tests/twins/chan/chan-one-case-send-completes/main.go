package main

import "fmt"

// A one-case select send completes when a receiver takes the value (here a
// non-blocking receive in a loop); receiving after close gives zero, false.
func main() {
	ch := make(chan int)
	done := make(chan bool)
	go func() {
		defer close(done)
		defer func() { fmt.Println("recovered:", recover()) }()
		select {
		case ch <- 1:
		}
	}()
	for len(ch) == 0 && !blocked(ch) {
	}
	close(ch)
	<-done
	v, ok := <-ch
	fmt.Println(v, ok)
}

// blocked reports whether a sender waits on ch (a receive would take its value).
func blocked(ch chan int) bool {
	select {
	case v := <-ch:
		fmt.Println("took", v, "from the blocked sender; it returns")
		return true
	default:
		return false
	}
}
