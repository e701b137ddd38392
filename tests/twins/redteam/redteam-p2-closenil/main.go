// Closing a nil or an already closed channel panics; both are recovered and reported.
package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		fmt.Printf("%s: %v\n", name, recover())
	}()
	f()
}

func main() {
	var nilCh chan int
	try("close nil", func() { close(nilCh) })
	ch := make(chan int, 1)
	try("close once", func() { close(ch) })
	try("close twice", func() { close(ch) })
	try("send on closed", func() { ch <- 1 })
	v, ok := <-ch
	fmt.Println("receive from closed:", v, ok)
}
