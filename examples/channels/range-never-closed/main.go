// A range loop over a channel that nobody closes never ends: once the
// producer has returned, the receiver waits for ever. When no goroutine
// can run any more, the runtime stops the program with a fatal error,
// lists the blocked goroutines, and exits with status 2.
package main

import "fmt"

func main() {
	lines := make(chan string)
	go func() {
		for _, line := range []string{"alpha", "beta"} {
			lines <- line
		}
		// forgot: close(lines)
	}()
	for line := range lines {
		fmt.Println("got", line)
	}
	fmt.Println("range ended (never printed)")
}
