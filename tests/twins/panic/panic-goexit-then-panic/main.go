// A panic in a deferred call run by Goexit: Goexit is not printed, the panic is, without a tab.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan bool)
	go func() {
		defer fmt.Println("deferred print")
		defer func() { panic("panic during Goexit") }()
		runtime.Goexit()
	}()
	<-done
	fmt.Println("not reached")
}
