// A receive from a closed channel never blocks. The values buffered
// before the close come first, with ok == true; after them, every receive
// returns the zero value at once, with ok == false.
package main

import "fmt"

func main() {
	ch := make(chan int, 2)
	ch <- 1
	ch <- 2
	close(ch)
	for range 4 {
		v, ok := <-ch
		fmt.Printf("v = %d, ok = %t\n", v, ok)
	}
}
