// main returning ends the program even while another goroutine is blocked
// in a Read: its deferred calls do not run, and the exit status is 0.
package main

import (
	"fmt"
	"net"
	"time"
)

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	conn, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	if _, err := ln.Accept(); err != nil {
		panic(err)
	}

	started := make(chan bool)
	go func() {
		defer fmt.Println("never printed: the reader's defer")
		started <- true
		conn.Read(make([]byte, 1)) // nobody writes
		fmt.Println("never printed: after the Read")
	}()
	<-started
	time.Sleep(10 * time.Millisecond)
	fmt.Println("main returns with the reader blocked")
}
