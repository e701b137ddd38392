// context.AfterFunc ties a blocking Read to a context: when the context is
// cancelled, the registered function closes the connection and the Read
// returns. The Read's own error says "closed"; the context says why.
package main

import (
	"context"
	"errors"
	"fmt"
	"net"
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

	ctx, cancel := context.WithCancelCause(context.Background())
	stop := context.AfterFunc(ctx, func() { conn.Close() })
	defer stop()

	done := make(chan error)
	go func() {
		_, err := conn.Read(make([]byte, 8))
		done <- err
	}()
	cancel(errors.New("shutting down"))
	err = <-done
	fmt.Println("read closed:", errors.Is(err, net.ErrClosed))
	fmt.Println("cause:", context.Cause(ctx))
	fmt.Println("stop after it ran:", stop())
}
