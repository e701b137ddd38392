// context.Background() can never be cancelled: its Done channel is nil and
// there is no cancel function to call, so a long-running goroutine given it
// has no way to hear "stop". Derive a cancellable context from Background
// and pass that: Background belongs at the top of the tree (main, tests,
// the start of a request), not in a goroutine that must end some day.
package main

import (
	"context"
	"fmt"
	"time"
)

func poll(ctx context.Context, name string, report chan<- string) {
	ticker := time.NewTicker(10 * time.Millisecond)
	defer ticker.Stop()
	for {
		select {
		case <-ctx.Done():
			report <- name + ": stopped: " + ctx.Err().Error()
			return
		case <-ticker.C: // one round of periodic work
		}
	}
}

func main() {
	bg := context.Background()
	fmt.Println("Background: Done() == nil:", bg.Done() == nil, "| Err():", bg.Err())
	never := make(chan string)
	go poll(bg, "on Background", never)
	select {
	case msg := <-never:
		fmt.Println(msg)
	case <-time.After(50 * time.Millisecond):
		fmt.Println("on Background: still polling, and nothing can stop it")
	}

	ctx, cancel := context.WithCancel(context.Background())
	stopped := make(chan string)
	go poll(ctx, "on WithCancel(Background)", stopped)
	cancel()
	fmt.Println(<-stopped)
}
