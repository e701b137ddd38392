// Closing a channel that is already closed panics. Exactly one goroutine
// should own the close of a channel; here main closes it twice.
package main

import "fmt"

func main() {
	ch := make(chan int)
	close(ch)
	fmt.Println("closed once")
	close(ch) // panics: close of closed channel
	fmt.Println("closed twice (never printed)")
}
