package main

import (
	"fmt"
	"time"
)

func main() {
	ready := make(chan bool)
	go func() {
		ready <- true
		time.Sleep(15 * time.Millisecond)
		fmt.Println("sleeper wakes, then waits for ever")
		select {}
	}()
	<-ready
	var nilc chan int
	<-nilc
}
