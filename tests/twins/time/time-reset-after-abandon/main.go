package main

import (
	"fmt"
	"runtime"
	"time"
)

// Reset of a timer that main waited on and abandoned reports it active; the
// reset timer then keeps the program alive until it fires (timing the tests
// check), and the deadlock follows.
func main() {
	runtime.GOMAXPROCS(1)
	t := time.NewTimer(time.Hour)
	ch := make(chan int)
	go func() { ch <- 1 }()
	select {
	case <-t.C:
		fmt.Println("timer")
	case v := <-ch:
		fmt.Println("got", v)
	}
	fmt.Println("Reset:", t.Reset(20*time.Millisecond))
	go func() {
		<-ch
	}()
	<-ch
}
