package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	go func() {
		time.Sleep(10 * time.Millisecond)
		fmt.Println("slept")
		<-make(chan int)
	}()
	runtime.Goexit()
}
