// Every net error is a net.Error with Timeout and Temporary; only a
// deadline (or a dial's timeout) is a timeout. A closed connection is not.
package main

import (
	"context"
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
	defer server.Close()

	conn.SetReadDeadline(time.Now())
	_, deadline := conn.Read(make([]byte, 1))
	conn.Close()
	_, closed := conn.Read(make([]byte, 1))
	ln.Close()
	_, refused := net.Dial("tcp", ln.Addr().String())
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, canceled := (&net.Dialer{}).DialContext(ctx, "tcp", ln.Addr().String())
	_, badAddr := net.Dial("tcp", "nope")

	for _, c := range []struct {
		name string
		err  error
	}{{"deadline", deadline}, {"closed", closed}, {"refused", refused}, {"canceled", canceled}, {"bad address", badAddr}} {
		ne, ok := c.err.(net.Error)
		fmt.Printf("%-12s net.Error %v timeout %v temporary %v\n", c.name, ok, ne.Timeout(), ne.Temporary())
	}
	var ne net.Error
	fmt.Println("os.ErrDeadlineExceeded is a net.Error:", errors.As(os.ErrDeadlineExceeded, &ne), ne.Timeout())
	fmt.Println("net.ErrClosed is a net.Error:", errors.As(net.ErrClosed, &ne), ne.Timeout())
	fmt.Println(os.ErrDeadlineExceeded, "|", net.ErrClosed)
}
