// The contract broken: a worker holding a connection gives up deep inside a
// call with runtime.Goexit. Its deferred Close runs, so the connection is
// released, but nobody tells main, which waits for a result that will never
// come. With no goroutine left to send it, the runtime reports a deadlock.
package main

import (
	"fmt"
	"runtime"
)

type Conn struct{ name string }

func (c *Conn) Close() { fmt.Println("worker:", c.name, "connection closed") }

func query(c *Conn) int {
	fmt.Println("worker: config invalid, calling runtime.Goexit")
	runtime.Goexit()
	return 42
}

func worker(results chan<- int) {
	conn := &Conn{name: "db"}
	defer conn.Close()
	results <- query(conn) // never sent
}

func main() {
	results := make(chan int)
	go worker(results)
	fmt.Println("main: result", <-results)
}
