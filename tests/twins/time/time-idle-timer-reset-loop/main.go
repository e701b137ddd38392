package main

import (
	"fmt"
	"time"
)

// An idle timeout: each event resets the timer; Go 1.23 needs no drain before
// Reset, and no stale expiry is ever received.
func main() {
	events := make(chan int, 3)
	for i := 1; i <= 3; i++ {
		events <- i
	}
	idle := time.NewTimer(time.Hour)
	for {
		select {
		case e := <-events:
			fmt.Println("event", e, "reset:", idle.Reset(100*time.Millisecond))
			if e == 3 {
				idle.Reset(100 * time.Millisecond)
			}
		case <-idle.C:
			fmt.Println("idle: stop")
			fmt.Println("Stop after it fired:", idle.Stop())
			return
		}
	}
}
