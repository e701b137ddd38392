// WithCancel is for stopping by hand: the consumer takes what it needs and
// calls cancel; the producer, blocked on its next send, sees ctx.Done()
// in its select and returns. Still defer cancel: it releases the context
// on every path out of the function.
package main

import (
	"context"
	"fmt"
	"sync"
)

func count(ctx context.Context, out chan<- int) {
	for n := 1; ; n++ {
		select {
		case out <- n:
		case <-ctx.Done():
			fmt.Println("count: stopped:", ctx.Err())
			return
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	numbers := make(chan int)
	var wg sync.WaitGroup
	wg.Go(func() { count(ctx, numbers) })

	for n := range numbers {
		fmt.Println("main: got", n)
		if n == 3 {
			break
		}
	}
	cancel()
	wg.Wait()
	fmt.Println("main: count has returned")
}
