// A context does not stop a goroutine: it only closes a channel. The
// listener selects on ctx.Done() and returns; the deaf worker never looks
// at it, so cancel() goes unheard and it keeps waiting for jobs until its
// channel is closed.
package main

import (
	"context"
	"fmt"
	"time"
)

func deaf(ctx context.Context, jobs <-chan int, report chan<- string) {
	for range jobs { // ctx is never consulted
	}
	report <- "deaf: returns only because jobs was closed"
}

func listener(ctx context.Context, jobs <-chan int, report chan<- string) {
	for {
		select {
		case <-ctx.Done():
			report <- "listener: returns: " + ctx.Err().Error()
			return
		case <-jobs:
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	jobs := make(chan int)
	listened, deafExit := make(chan string), make(chan string)
	go listener(ctx, jobs, listened)
	go deaf(ctx, jobs, deafExit)

	cancel()
	fmt.Println(<-listened)
	select {
	case msg := <-deafExit:
		fmt.Println(msg)
	case <-time.After(50 * time.Millisecond):
		fmt.Println("deaf: still waiting for jobs 50ms after cancel")
	}
	close(jobs)
	fmt.Println(<-deafExit)
}
