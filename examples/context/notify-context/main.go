// signal.NotifyContext turns SIGINT or SIGTERM into a cancelled context, so
// the program winds down cleanly instead of dying mid-work. Here it sends
// itself SIGTERM, as `kill` or a container runtime would.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	fmt.Println(ctx)

	done := make(chan struct{})
	go func() {
		defer close(done)
		<-ctx.Done()
		fmt.Println("worker: stopping:", context.Cause(ctx))
	}()

	_ = syscall.Kill(syscall.Getpid(), syscall.SIGTERM)
	<-done
	fmt.Println("main: clean exit, err =", ctx.Err())
}
