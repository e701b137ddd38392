// WithTimeout for I/O. A blocking Read cannot watch ctx.Done(), but it
// honours a deadline on the connection: give the connection the context's
// deadline and the Read returns by itself, at once when the server has
// answered, with a timeout error when it never does.
package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"time"
)

func readReply(ctx context.Context, conn net.Conn) (string, error) {
	if deadline, ok := ctx.Deadline(); ok {
		if err := conn.SetReadDeadline(deadline); err != nil {
			return "", err
		}
	}
	buf := make([]byte, 64)
	n, err := conn.Read(buf)
	return string(buf[:n]), err
}

func ask(ln net.Listener, answer bool, timeout time.Duration) {
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
	if answer {
		fmt.Fprint(server, "pong")
	}

	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	reply, err := readReply(ctx, conn)
	fmt.Printf("reply %q, timed out %v\n", reply, errors.Is(err, os.ErrDeadlineExceeded))
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()

	ask(ln, true, time.Second)          // the server answers at once
	ask(ln, false, 50*time.Millisecond) // the server never answers
}
