// Closing a nil channel panics. A channel variable that was declared but
// never made with make is nil.
package main

import "fmt"

func main() {
	var ch chan int // never made: nil
	if ch == nil {
		fmt.Println("ch is nil: it was never made")
	}
	close(ch) // panics: close of nil channel
}
