// Graceful shutdown: SIGINT or SIGTERM cancels the workers' context, main
// waits for them with a deadline, and the exit status says whether work
// was abandoned. The program sends itself SIGTERM once the workers run, as
// `kill` or a container runtime would. Worker 3 is stuck in a call that
// never looks at its context, so this run ends with status 1.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"sync"
	"syscall"
	"time"
)

func worker(ctx context.Context) {
	ticker := time.NewTicker(10 * time.Millisecond)
	defer ticker.Stop()
	for {
		select {
		case <-ctx.Done():
			return // finish up here: flush, close, release
		case <-ticker.C: // one unit of work
		}
	}
}

func stuck() {
	select {} // a call that ignores cancellation
}

func realMain() int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	var started sync.WaitGroup
	dones := make([]chan struct{}, 3)
	for i := range dones {
		dones[i] = make(chan struct{})
		started.Add(1)
		go func() {
			defer close(dones[i])
			started.Done()
			if i == 2 {
				stuck()
			} else {
				worker(ctx)
			}
		}()
	}
	started.Wait()
	_ = syscall.Kill(syscall.Getpid(), syscall.SIGTERM)

	<-ctx.Done()
	fmt.Println("main:", context.Cause(ctx), "- stopping workers, deadline 200ms")
	deadline, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	abandoned := 0
	for i, done := range dones {
		select {
		case <-done:
			fmt.Printf("worker %d: stopped\n", i+1)
		case <-deadline.Done():
			fmt.Printf("worker %d: abandoned\n", i+1)
			abandoned++
		}
	}
	if abandoned > 0 {
		fmt.Fprintln(os.Stderr, "main:", abandoned, "worker(s) abandoned")
		return 1
	}
	return 0
}

func main() {
	os.Exit(realMain())
}
