// A stateful goroutine owns a map; other goroutines read and write it through request channels.
package main

import (
	"fmt"
	"sync"
)

type readOp struct {
	key  int
	resp chan int
}

type writeOp struct {
	key, val int
	resp     chan bool
}

func main() {
	reads := make(chan readOp)
	writes := make(chan writeOp)
	go func() {
		state := make(map[int]int)
		for {
			select {
			case r := <-reads:
				r.resp <- state[r.key]
			case w := <-writes:
				state[w.key] = w.val
				w.resp <- true
			}
		}
	}()
	var wg sync.WaitGroup
	for k := 0; k < 5; k++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			w := writeOp{key: k, val: k * 10, resp: make(chan bool)}
			writes <- w
			<-w.resp
		}()
	}
	wg.Wait()
	total := 0
	for k := 0; k < 6; k++ {
		r := readOp{key: k, resp: make(chan int)}
		reads <- r
		v := <-r.resp
		total += v
		fmt.Printf("key %d = %d\n", k, v)
	}
	fmt.Println("total", total)
}
