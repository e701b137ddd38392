package main

import (
	"fmt"
	"runtime"
	"time"
)

// While main waits on t.C the timer is in the heap; once another case wins and
// main runs on, the timer is a zombie that the scheduler drops the next time
// it looks for work, so the deadlock that follows is reported at once.
// (With one P this is deterministic; with several, a zombie left on another
// P's heap can delay the report until the timer's time.)
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
	<-ch
}
