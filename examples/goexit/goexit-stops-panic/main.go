// runtime.Goexit in a deferred call, while a panic unwinds, ends the
// panic: the program does not crash, later deferred calls see no panic to
// recover, and the goroutine ends quietly. This, rather than a deadlock,
// is the risk of Goexit in a deferred call: it can swallow a panic.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan struct{})
	go func() {
		defer close(done)
		defer func() {
			if r := recover(); r == nil {
				fmt.Println("deferred 1: recover() returned nil")
			}
		}()
		defer runtime.Goexit()
		defer fmt.Println("deferred 3: the panic is unwinding")
		panic("boom")
	}()
	<-done
	fmt.Println("main: no crash, the panic was swallowed")
}
