package main

import "fmt"

func main() {
	started := make(chan struct{})
	go func() {
		defer fmt.Println("worker defer (never printed)")
		close(started)
		select {}
	}()
	<-started
	fmt.Println("main returns")
}
