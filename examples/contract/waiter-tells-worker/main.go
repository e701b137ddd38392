// The contract runs both ways. Here the waiter gives up first (the user
// went away) and cancels the context. The worker selects on its send and
// on ctx.Done(), so instead of blocking for ever on a send nobody will
// receive, it drops the result, runs its deferred cleanup and returns.
package main

import (
	"context"
	"fmt"
)

type Conn struct{ name string }

func (c *Conn) Close() { fmt.Println("worker:", c.name, "connection closed") }

func worker(ctx context.Context, results chan<- int, exited chan<- struct{}) {
	defer close(exited)
	conn := &Conn{name: "db"}
	defer conn.Close()
	v := 42 // the query's result
	select {
	case results <- v:
	case <-ctx.Done():
		fmt.Println("worker: nobody is waiting any more:", ctx.Err())
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	results := make(chan int)
	exited := make(chan struct{})
	go worker(ctx, results, exited)

	fmt.Println("main: giving up on the result")
	cancel()
	<-exited
	fmt.Println("main: the worker has exited; nothing leaked")
}
