// Two goroutines read the same connection: Reads are serialised, so one
// byte goes to exactly one of them; Close then wakes the other with
// net.ErrClosed.
package main

import (
	"errors"
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
	server, err := ln.Accept()
	if err != nil {
		panic(err)
	}
	defer server.Close()

	type result struct {
		data string
		err  error
	}
	results := make(chan result)
	for range 2 {
		go func() {
			buf := make([]byte, 8)
			n, err := conn.Read(buf)
			results <- result{string(buf[:n]), err}
		}()
	}
	time.Sleep(20 * time.Millisecond)
	server.Write([]byte("x"))
	first := <-results
	fmt.Printf("one reader got %q, err %v\n", first.data, first.err)
	select {
	case r := <-results:
		fmt.Println("the other returned too:", r)
	case <-time.After(30 * time.Millisecond):
		fmt.Println("the other still waits")
	}
	conn.Close()
	second := <-results
	fmt.Printf("after Close: %q, closed: %v\n", second.data, errors.Is(second.err, net.ErrClosed))
}
