package main

import (
	"fmt"
	"time"
)

func fetch(result chan<- string, release <-chan bool) {
	<-release
	result <- "data"
}

func main() {
	result := make(chan string, 1)
	release := make(chan bool)
	go fetch(result, release)
	select {
	case r := <-result:
		fmt.Println("got", r)
	case <-time.After(10 * time.Millisecond):
		fmt.Println("timed out")
	}
	close(release)
	select {
	case r := <-result:
		fmt.Println("got", r)
	case <-time.After(time.Hour):
		fmt.Println("timed out")
	}
}
