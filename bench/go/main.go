// The same work as bench/chan_bench.py and the context benchmark, in real Go, so the
// Performance page can show what the Python model costs. Prints one JSON object:
// seconds per operation for each benchmark, medians of several runs.
package main

import (
	"context"
	"encoding/json"
	"os"
	"sort"
	"sync"
	"time"
)

func median(f func() float64) float64 {
	runs := make([]float64, 7)
	for i := range runs {
		runs[i] = f()
	}
	sort.Float64s(runs)
	return runs[len(runs)/2]
}

func roundTrip() float64 {
	const n = 20000
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v
		}
	}()
	start := time.Now()
	for i := 0; i < n; i++ {
		ping <- i
		<-pong
	}
	elapsed := time.Since(start).Seconds()
	close(ping)
	return elapsed / n
}

func buffered() float64 {
	const n = 200000
	ch, done := make(chan int, 128), make(chan int)
	go func() {
		c := 0
		for range ch {
			c++
		}
		done <- c
	}()
	start := time.Now()
	for i := 0; i < n; i++ {
		ch <- i
	}
	close(ch)
	<-done
	return time.Since(start).Seconds() / n
}

func spawn() float64 {
	const n = 1000
	var wg sync.WaitGroup
	start := time.Now()
	for i := 0; i < n; i++ {
		wg.Go(func() {})
	}
	wg.Wait()
	return time.Since(start).Seconds() / n
}

// cancelFanOut: n goroutines each wait on a different child context's Done; cancel the root.
func cancelFanOut(n int) float64 {
	root, cancel := context.WithCancel(context.Background())
	var ready, done sync.WaitGroup
	for i := 0; i < n; i++ {
		ctx, c := context.WithCancel(root)
		defer c()
		ready.Add(1)
		done.Add(1)
		go func() {
			ready.Done()
			<-ctx.Done()
			done.Done()
		}()
	}
	ready.Wait()
	start := time.Now()
	cancel()
	done.Wait()
	return time.Since(start).Seconds()
}

func main() {
	out := map[string]float64{
		"round_trip":    median(roundTrip),
		"buffered":      median(buffered),
		"spawn":         median(spawn),
		"cancel_fanout": median(func() float64 { return cancelFanOut(1000) }),
	}
	enc := json.NewEncoder(os.Stdout)
	if err := enc.Encode(out); err != nil {
		os.Exit(1)
	}
}
