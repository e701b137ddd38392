// A result channel that always tells the waiter how the worker ended: with
// a value, with a panic (recovered and turned into an error), or with
// runtime.Goexit (seen by a deferred function that finds no result was
// sent: recover returns nil then). The waiter gets exactly one Result, so
// it never hangs, and one bad task does not crash the program.
package main

import (
	"errors"
	"fmt"
	"runtime"
)

type Result struct {
	Value int
	Err   error
}

func start(task func() int) <-chan Result {
	out := make(chan Result, 1)
	go func() {
		sent := false
		defer func() {
			if r := recover(); r != nil {
				out <- Result{Err: fmt.Errorf("worker panicked: %v", r)}
			} else if !sent {
				out <- Result{Err: errors.New("worker exited without a result")}
			}
		}()
		out <- Result{Value: task()}
		sent = true
	}()
	return out
}

func main() {
	tasks := []struct {
		name string
		run  func() int
	}{
		{"returns", func() int { return 42 }},
		{"panics", func() int { panic("invalid input") }},
		{"calls Goexit", func() int { runtime.Goexit(); return 0 }},
	}
	for _, t := range tasks {
		r := <-start(t.run)
		fmt.Printf("%-13s value %d, err %v\n", t.name+":", r.Value, r.Err)
	}
}
