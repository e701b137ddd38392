// for v := range ch receives until the channel is closed and drained,
// then the loop ends by itself. The producer closes with a deferred call,
// so the channel is closed however the producer returns.
package main

import "fmt"

func main() {
	lines := make(chan string)
	go func() {
		defer close(lines)
		for _, line := range []string{"alpha", "beta", "gamma"} {
			lines <- line
		}
	}()
	for line := range lines {
		fmt.Println("got", line)
	}
	fmt.Println("range ended: lines was closed")
}
