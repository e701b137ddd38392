// Close from another goroutine unblocks a pending Read with an error that
// wraps net.ErrClosed; the ports vary from run to run, so they are masked.
package main

import (
	"errors"
	"fmt"
	"net"
	"os"
	"regexp"
	"time"
)

var port = regexp.MustCompile(`:\d+`)

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
		n   int
		err error
	}
	done := make(chan result)
	go func() {
		buf := make([]byte, 16)
		n, err := conn.Read(buf)
		done <- result{n, err}
	}()
	time.Sleep(20 * time.Millisecond) // the reader is blocked by now (or reads after Close: same error)
	fmt.Println("close:", conn.Close())
	r := <-done
	fmt.Println("read returned", r.n, "bytes")
	err = r.err
	fmt.Println(port.ReplaceAllString(err.Error(), ":PORT"))
	fmt.Println("is net.ErrClosed:", errors.Is(err, net.ErrClosed))
	fmt.Println("is os.ErrDeadlineExceeded:", errors.Is(err, os.ErrDeadlineExceeded))
	var ne net.Error
	fmt.Println("net.Error:", errors.As(err, &ne), "timeout:", ne.Timeout())
}
