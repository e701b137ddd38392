// The first fix: the worker closes its result channel in a deferred call,
// so however it ends (return, panic or runtime.Goexit) the waiter hears
// about it. Receiving with ok tells a result from "gone without one".
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
	defer close(results) // runs last, after the connection is closed
	conn := &Conn{name: "db"}
	defer conn.Close()
	results <- query(conn)
}

func main() {
	results := make(chan int)
	go worker(results)
	if v, ok := <-results; ok {
		fmt.Println("main: result", v)
	} else {
		fmt.Println("main: worker gone without a result, stop waiting")
	}
}
