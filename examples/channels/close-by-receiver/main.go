// A receiver that closes the channel it reads from does not panic: close
// succeeds. The panic comes later, in the sender, at its next send,
// because a send on a closed channel panics. That is why the sender, who
// knows when it has sent its last value, is the one to close.
package main

import "fmt"

func main() {
	ch := make(chan int)
	closed := make(chan struct{})
	go func() { // the receiver
		fmt.Println("receiver: got", <-ch)
		close(ch) // wrong side: the sender is still running
		fmt.Println("receiver: closed ch, no panic here")
		close(closed)
	}()

	ch <- 1 // main is the sender
	<-closed
	fmt.Println("sender: sending 2")
	ch <- 2 // panics: send on closed channel
	fmt.Println("sender: sent 2 (never printed)")
}
