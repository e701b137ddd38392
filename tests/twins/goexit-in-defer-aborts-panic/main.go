package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan struct{})
	go func() {
		defer close(done)
		defer fmt.Println("deferred call sees recover():", recover())
		defer func() { fmt.Println("in defer: recover() =", recover()) }()
		defer runtime.Goexit()
		panic("boom")
	}()
	<-done
	fmt.Println("main: panic was aborted by Goexit")
}
