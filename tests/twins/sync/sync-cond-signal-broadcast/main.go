package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	queue := []int{}
	done := make(chan int)
	for w := 0; w < 3; w++ {
		go func() {
			sum := 0
			for {
				mu.Lock()
				for len(queue) == 0 {
					cond.Wait()
				}
				v := queue[0]
				queue = queue[1:]
				mu.Unlock()
				if v < 0 {
					done <- sum
					return
				}
				sum += v
			}
		}()
	}
	for i := 1; i <= 30; i++ {
		mu.Lock()
		queue = append(queue, i)
		mu.Unlock()
		cond.Signal()
	}
	mu.Lock()
	queue = append(queue, -1, -1, -1)
	mu.Unlock()
	cond.Broadcast()
	total := 0
	for w := 0; w < 3; w++ {
		total += <-done
	}
	fmt.Println("total", total)
	cond.Signal()
	cond.Broadcast()
	fmt.Println("Signal and Broadcast with nobody waiting do nothing")
}
