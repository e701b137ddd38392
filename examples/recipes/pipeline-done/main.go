// The pipelines pattern (go.dev/blog/pipelines): gen -> sq, fanned out to
// two goroutines -> merge. Each stage closes its output when its input
// ends, and also selects on a shared done channel: when the consumer stops
// early and closes done, every stage returns instead of blocking for ever
// on a send nobody will receive.
package main

import (
	"fmt"
	"runtime"
	"slices"
	"sync"
	"time"
)

func gen(done <-chan struct{}, nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, n := range nums {
			select {
			case out <- n:
			case <-done:
				return
			}
		}
	}()
	return out
}

func sq(done <-chan struct{}, in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			select {
			case out <- n * n:
			case <-done:
				return
			}
		}
	}()
	return out
}

func merge(done <-chan struct{}, cs ...<-chan int) <-chan int {
	var wg sync.WaitGroup
	out := make(chan int)
	for _, c := range cs {
		wg.Go(func() {
			for n := range c {
				select {
				case out <- n:
				case <-done:
					return
				}
			}
		})
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

// settle waits up to a second for the goroutine count to fall to want,
// and returns the count.
func settle(want int) int {
	for i := 0; i < 1000 && runtime.NumGoroutine() > want; i++ {
		time.Sleep(time.Millisecond)
	}
	return runtime.NumGoroutine()
}

func main() {
	done := make(chan struct{})
	in := gen(done, 1, 2, 3, 4)
	var all []int
	for n := range merge(done, sq(done, in), sq(done, in)) {
		all = append(all, n)
	}
	close(done)
	slices.Sort(all) // the two sq stages finish in any order
	fmt.Println("all the way through:", all)

	done = make(chan struct{})
	in = gen(done, 1, 2, 3, 4, 5, 6, 7, 8)
	out := merge(done, sq(done, in), sq(done, in))
	<-out
	close(done)
	fmt.Println("took one value and closed done; goroutines besides main:", settle(1)-1)
}
