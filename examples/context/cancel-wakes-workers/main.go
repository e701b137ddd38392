// Cooperative exit: each worker selects on ctx.Done() between jobs and
// returns when it is closed. One cancel() reaches every worker, and the
// WaitGroup tells main when they have all returned.
package main

import (
	"context"
	"fmt"
	"sort"
	"sync"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	jobs := make(chan int)
	exits := make(chan string, 3)
	counts := make(chan int, 3)
	var wg sync.WaitGroup
	for id := 1; id <= 3; id++ {
		wg.Go(func() {
			n := 0
			for {
				select {
				case <-ctx.Done():
					exits <- fmt.Sprintf("worker %d returns: %v", id, ctx.Err())
					counts <- n
					return
				case <-jobs:
					n++
				}
			}
		})
	}
	for j := range 10 {
		jobs <- j
	}
	cancel()
	wg.Wait()
	close(exits)
	close(counts)

	var lines []string
	for line := range exits {
		lines = append(lines, line)
	}
	sort.Strings(lines)
	total := 0
	for n := range counts {
		total += n
	}
	for _, line := range lines {
		fmt.Println(line)
	}
	fmt.Println("jobs done:", total)
}
