// A goroutine blocked in a network Read is not asleep: while it waits, main
// blocked on a channel is no deadlock, and the runtime reports nothing. The
// Read's deadline ends the wait here; without one, the program would hang.
package main

import (
	"errors"
	"fmt"
	"net"
	"os"
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
	server, err := ln.Accept()
	if err != nil {
		panic(err)
	}
	_ = server

	done := make(chan string)
	go func() {
		conn.SetReadDeadline(time.Now().Add(40 * time.Millisecond))
		_, err := conn.Read(make([]byte, 1))
		done <- fmt.Sprint("reader woke, timeout: ", errors.Is(err, os.ErrDeadlineExceeded))
	}()
	fmt.Println(<-done) // every other goroutine is in a Read, or here
	fmt.Println("no deadlock was reported")
}
