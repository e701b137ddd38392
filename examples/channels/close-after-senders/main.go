// With several senders, none of them may close the channel: the others
// could still send. A separate goroutine waits until every sender is
// done, then closes, and the receiver's range loop ends.
package main

import (
	"fmt"
	"sync"
)

func main() {
	results := make(chan int)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Go(func() {
			results <- w * 10
		})
	}
	go func() {
		wg.Wait()
		close(results) // every sender is done: safe to close
	}()
	total := 0
	for r := range results {
		total += r
	}
	fmt.Println("all senders done, results closed; total:", total)
}
