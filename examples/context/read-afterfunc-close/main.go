// context.AfterFunc connects a context to a call that cannot watch it:
// once ctx is cancelled, the function closes the connection and the
// blocked Read returns at once. The reader then reports the context's
// cause rather than the network error; stop() unregisters the function
// when the Read finishes first.
package main

import (
	"context"
	"errors"
	"fmt"
	"net"
)

func readCtx(ctx context.Context, conn net.Conn, buf []byte) (int, error) {
	stop := context.AfterFunc(ctx, func() { conn.Close() })
	defer stop()
	n, err := conn.Read(buf)
	if ctx.Err() != nil {
		return n, context.Cause(ctx)
	}
	return n, err
}

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

	ctx, cancel := context.WithCancelCause(context.Background())
	buf := make([]byte, 64)
	fmt.Fprint(server, "hello")
	n, err := readCtx(ctx, conn, buf)
	fmt.Printf("first read: %q, err %v\n", buf[:n], err)

	result := make(chan error)
	go func() { // the server is silent now: this Read blocks
		_, err := readCtx(ctx, conn, buf)
		result <- err
	}()
	cancel(errors.New("user pressed Stop"))
	fmt.Println("second read:", <-result)
	_, err = conn.Read(buf)
	fmt.Println("connection closed:", errors.Is(err, net.ErrClosed))
}
