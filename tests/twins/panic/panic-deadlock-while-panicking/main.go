// A deadlock in a deferred call while panicking reports the deadlock only: the runtime's checkdead has no panic to show.
package main

import "fmt"

func main() {
	ch := make(chan int)
	defer func() {
		fmt.Println("waiting in a deferred call")
		<-ch
	}()
	panic("never printed")
}
