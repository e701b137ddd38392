package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	go func() {
		time.Sleep(20 * time.Millisecond)
		close(ch)
	}()
	defer func() { fmt.Println("recovered:", recover()) }()
	ch <- 1
}
