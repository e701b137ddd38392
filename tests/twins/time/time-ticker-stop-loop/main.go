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
