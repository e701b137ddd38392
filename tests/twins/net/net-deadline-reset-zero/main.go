// Resetting the deadline to the zero time while a Read waits cancels it:
// the Read goes on waiting, past the old deadline, and gets the data.
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
	defer ln.Close()
	conn, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	defer conn.Close()
	server, err := ln.Accept()
	if err != nil {
		panic(err)
	}
	defer server.Close()

	conn.SetReadDeadline(time.Now().Add(200 * time.Millisecond))
	type result struct {
		data string
		err  error
	}
	done := make(chan result)
	go func() {
		buf := make([]byte, 8)
		n, err := conn.Read(buf)
		done <- result{string(buf[:n]), err}
	}()
	conn.SetReadDeadline(time.Time{}) // before it fires
	time.Sleep(250 * time.Millisecond) // past the old deadline
	server.Write([]byte("late"))
	r := <-done
	fmt.Printf("%q %v\n", r.data, r.err)
}
