// Sending on a closed channel panics, even when its buffer has room: a
// closed channel takes no more values.
package main

import "fmt"

func main() {
	ch := make(chan int, 3)
	ch <- 1
	close(ch)
	fmt.Println("closed, with room for two more values")
	ch <- 2 // panics: send on closed channel
	fmt.Println("sent (never printed)")
}
