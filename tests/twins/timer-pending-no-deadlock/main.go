package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	time.AfterFunc(30*time.Millisecond, func() { ch <- 7 })
	fmt.Println("got", <-ch)
	select {
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timeout fired")
	}
	<-ch
}
