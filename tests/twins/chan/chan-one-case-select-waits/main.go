package main

import "fmt"

// A select with one case and no default is compiled to the plain channel
// operation: the deadlock report lists each goroutine as that operation.
func main() {
	recvOnly := make(chan int)
	sendOnly := make(chan int)
	var nilc chan int
	started := make(chan bool)
	go func() {
		started <- true
		select {
		case v := <-recvOnly:
			fmt.Println(v)
		}
	}()
	go func() {
		started <- true
		select {
		case sendOnly <- 1:
		}
	}()
	go func() {
		started <- true
		select {
		case <-nilc:
		}
	}()
	go func() {
		started <- true
		select {
		case nilc <- 1:
		}
	}()
	go func() {
		started <- true
		select {
		case <-nilc:
		case nilc <- 2:
		}
	}()
	for i := 0; i < 5; i++ {
		<-started
	}
	fmt.Println("main blocks in select {}")
	select {}
}
