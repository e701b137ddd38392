package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan struct{})
	go func() {
		defer close(done)
		defer fmt.Println("last defer still runs")
		defer func() { fmt.Println("recovered:", recover()) }()
		defer func() { panic("in goexit") }()
		runtime.Goexit()
	}()
	<-done
	fmt.Println("main end")
}
