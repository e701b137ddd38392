package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	a := make(chan struct{})
	wg.Add(2)
	go func() {
		defer wg.Done()
		defer close(a)
		runtime.Goexit()
	}()
	go func() {
		defer wg.Done()
		<-a
		fmt.Println("b: still running after a called Goexit")
	}()
	wg.Wait()
	fmt.Println("main: done")
}
