package main

import (
	"fmt"
	"time"
)

func main() {
	tk := time.NewTicker(time.Millisecond)
	defer tk.Stop()
	stop := make(chan bool)
	done := make(chan int)
	go func() {
		n := 0
		for {
			select {
			case <-tk.C:
				n++
				if n == 5 {
					// Since Go 1.23 no tick is received after Stop returns, so the
					// next select can only choose stop, however slow this loop is.
					tk.Stop()
					close(stop)
				}
			case <-stop:
				done <- n
				return
			}
		}
	}()
	fmt.Println("ticks before stop:", <-done)
}
