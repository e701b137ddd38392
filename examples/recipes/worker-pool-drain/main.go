// A worker pool that stops on cancel and drains cleanly. The producer
// stops handing out jobs once ctx is done and closes the jobs channel; each
// worker finishes the job in hand and its range loop ends; the results
// channel is closed when the last worker returns, which ends the
// consumer's range. Every job handed out is finished, and nothing is left
// running. (Which jobs ran before the cancel varies from run to run.)
package main

import (
	"context"
	"fmt"
	"sync"
)

func produce(ctx context.Context, jobs chan<- int, handedOut chan<- int) {
	defer close(jobs)
	n := 0
	for {
		select {
		case jobs <- n + 1:
			n++
		case <-ctx.Done():
			fmt.Println("producer: stopped:", ctx.Err())
			handedOut <- n
			return
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	jobs := make(chan int)
	results := make(chan int)
	handedOut := make(chan int, 1)
	go produce(ctx, jobs, handedOut)

	var wg sync.WaitGroup
	for range 3 {
		wg.Go(func() {
			for n := range jobs {
				results <- n * n // the work
			}
		})
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	received := 0
	for range results {
		received++
		if received == 5 {
			fmt.Println("consumer: that is enough, cancelling")
			cancel()
		}
	}
	fmt.Println("consumer: results closed, every worker has returned")
	fmt.Println("every job handed out was finished:", <-handedOut == received)
}
