// A deadline set while a Read is blocked applies to that Read: setting one
// in the past from another goroutine wakes it at once with a timeout.
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

	done := make(chan error)
	go func() {
		_, err := conn.Read(make([]byte, 8)) // no deadline: it would wait for ever
		done <- err
	}()
	select {
	case err := <-done:
		fmt.Println("returned early:", err)
	case <-time.After(30 * time.Millisecond):
		fmt.Println("still blocked after 30ms")
	}
	conn.SetDeadline(time.Now()) // now: already passed
	err = <-done
	fmt.Println("woken by the deadline:", errors.Is(err, os.ErrDeadlineExceeded))

	conn.SetDeadline(time.Time{})
	go func() {
		_, err := conn.Read(make([]byte, 8))
		done <- err
	}()
	time.Sleep(10 * time.Millisecond)
	conn.SetReadDeadline(time.Now().Add(20 * time.Millisecond)) // in the future: it fires later
	err = <-done
	fmt.Println("woken by a deadline set later:", errors.Is(err, os.ErrDeadlineExceeded))
}
