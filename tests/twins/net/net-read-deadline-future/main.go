// A read deadline in the future: the Read that waits past it returns an
// i/o timeout. It is os.ErrDeadlineExceeded, not context.DeadlineExceeded.
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

	start := time.Now()
	conn.SetReadDeadline(start.Add(30 * time.Millisecond))
	n, err := conn.Read(make([]byte, 8))
	waited := time.Since(start)
	fmt.Println("n:", n, "waited at least 30ms:", waited >= 30*time.Millisecond)
	fmt.Println("os.ErrDeadlineExceeded:", errors.Is(err, os.ErrDeadlineExceeded))
	fmt.Println("context.DeadlineExceeded:", errors.Is(err, context.DeadlineExceeded))
	var ne net.Error
	if errors.As(err, &ne) {
		fmt.Println("Timeout():", ne.Timeout())
	}
	var op *net.OpError
	if errors.As(err, &op) {
		fmt.Println("Op:", op.Op, "Net:", op.Net, "Err:", op.Err)
		fmt.Println("source is local:", op.Source.String() == conn.LocalAddr().String())
		fmt.Println("addr is remote:", op.Addr.String() == conn.RemoteAddr().String())
		fmt.Println("unwrap:", errors.Unwrap(err) == os.ErrDeadlineExceeded)
	}
}
