// A nil dereference while another goroutine waits: what GOTRACEBACK shows (tests/test_gotraceback.py runs it with each).
package main

import (
	"fmt"
	"time"
)

type Conn struct{ Addr string }

func main() {
	ready := make(chan bool)
	go func() {
		ready <- true
		select {}
	}()
	<-ready
	time.Sleep(20 * time.Millisecond) // let the worker park in its select
	var c *Conn
	fmt.Println("connecting")
	fmt.Println(c.Addr)
}
