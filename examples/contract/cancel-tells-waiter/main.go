// The second fix: the worker and its waiter share a context. The worker
// defers cancel with a cause, so its exit, however it happens, closes
// ctx.Done(); the waiter selects on the result and on Done, and
// context.Cause tells it why it should stop waiting.
package main

import (
	"context"
	"errors"
	"fmt"
	"runtime"
)

var errWorkerGone = errors.New("worker exited without a result")

type Conn struct{ name string }

func (c *Conn) Close() { fmt.Println("worker:", c.name, "connection closed") }

func query(c *Conn) int {
	fmt.Println("worker: config invalid, calling runtime.Goexit")
	runtime.Goexit()
	return 42
}

func worker(cancel context.CancelCauseFunc, results chan<- int) {
	defer cancel(errWorkerGone)
	conn := &Conn{name: "db"}
	defer conn.Close()
	results <- query(conn)
}

func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	defer cancel(nil)
	results := make(chan int)
	go worker(cancel, results)
	select {
	case v := <-results:
		fmt.Println("main: result", v)
	case <-ctx.Done():
		fmt.Println("main: stop waiting:", context.Cause(ctx))
	}
}
