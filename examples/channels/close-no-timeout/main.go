// Waiting for a close has no time limit of its own: if the producer
// stalls, <-done waits for ever. Put a timer beside it in a select (or
// use a context with a deadline) so that the wait can give up.
package main

import (
	"fmt"
	"time"
)

func main() {
	done := make(chan struct{})
	go func() {
		defer close(done)
		select {} // a producer that stalls: done is never closed
	}()
	select {
	case <-done:
		fmt.Println("producer finished")
	case <-time.After(50 * time.Millisecond):
		fmt.Println("gave up after 50ms: done was never closed")
	}
}
