package main

import (
	"fmt"
	"runtime"
)

func main() {
	ch := make(chan int)
	go func() {
		defer fmt.Println("worker defer")
		v := <-ch
		fmt.Println("worker got", v)
	}()
	defer func() { ch <- 42 }()
	defer fmt.Println("main defer")
	runtime.Goexit()
	fmt.Println("never")
}
