package main

import (
	"fmt"
	"time"
)

// A Timer and a Ticker nobody waits on are in no timer heap (Go 1.23): the
// runtime sees every goroutine asleep and reports the deadlock at once.
func main() {
	t := time.NewTimer(time.Hour)
	tk := time.NewTicker(time.Millisecond)
	defer t.Stop()
	defer tk.Stop()
	fmt.Println("blocking with a timer and a ticker running")
	<-make(chan int)
}
