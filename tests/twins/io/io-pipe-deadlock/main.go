// Unlike a network connection, an io.Pipe is built from channels: a Read
// that no writer will ever serve is asleep, and when every goroutine is,
// the runtime reports the deadlock.
package main

import (
	"fmt"
	"io"
)

func main() {
	r, w := io.Pipe()
	_ = w // kept, never written, never closed
	fmt.Println("reading from a pipe nobody writes to")
	r.Read(make([]byte, 1))
	fmt.Println("never printed")
}
