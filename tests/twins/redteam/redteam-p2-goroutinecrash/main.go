// A panic in a goroutine that nobody recovers ends the whole program, even though main is still waiting.
package main

import (
	"errors"
	"fmt"
	"time"
)

var ErrCorrupt = errors.New("corrupt record")

func process(id int) {
	defer fmt.Println("deferred in worker", id)
	if id == 2 {
		panic(fmt.Errorf("worker %d: %w", id, ErrCorrupt))
	}
}

func main() {
	defer fmt.Println("main's defer never runs")
	done := make(chan bool)
	go func() {
		process(1)
		process(2)
		done <- true
	}()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
	}
	fmt.Println("unreachable")
}
