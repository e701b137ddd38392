// len and cap work on a closed channel: cap stays the size of the
// buffer, and len counts the values not yet received. Closing does not
// empty the buffer; receiving does.
package main

import "fmt"

func main() {
	ch := make(chan string, 3)
	ch <- "a"
	ch <- "b"
	close(ch)
	fmt.Println("after close:       len", len(ch), "cap", cap(ch))
	<-ch
	fmt.Println("after one receive: len", len(ch), "cap", cap(ch))
	<-ch
	fmt.Println("drained:           len", len(ch), "cap", cap(ch))
}
