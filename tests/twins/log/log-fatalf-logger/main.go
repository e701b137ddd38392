// A Logger's Fatalf on stdout: formatted through fmt, then exit status 1, even from another goroutine.
package main

import (
	"fmt"
	"log"
	"os"
)

func main() {
	l := log.New(os.Stdout, "[svc] ", log.Lmsgprefix)
	done := make(chan bool)
	go func() {
		defer fmt.Println("worker deferred: never runs")
		l.Printf("worker %d starting", 1)
		l.Fatalf("worker %d: %v (%T)", 1, fmt.Errorf("wrapped: %w", os.ErrDeadlineExceeded), 2.5)
	}()
	<-done
}
