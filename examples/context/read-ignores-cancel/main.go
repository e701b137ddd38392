// A Read blocked on a connection watches no context. Even a connection
// made with DialContext does not: that context governs the dial only. After
// cancel the Read is still blocked; closing the connection (or giving it a
// deadline) is what makes it return.
package main

import (
	"context"
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

	ctx, cancel := context.WithCancel(context.Background())
	var d net.Dialer
	conn, err := d.DialContext(ctx, "tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	server, err := ln.Accept() // the other end: it never writes
	if err != nil {
		panic(err)
	}
	defer server.Close()

	readErr := make(chan error)
	go func() {
		_, err := conn.Read(make([]byte, 1))
		readErr <- err
	}()
	cancel()
	fmt.Println("ctx:", ctx.Err())
	select {
	case err := <-readErr:
		fmt.Println("Read returned:", err)
	case <-time.After(50 * time.Millisecond):
		fmt.Println("Read: still blocked 50ms after cancel")
	}
	conn.Close()
	fmt.Println("after Close, Read returned net.ErrClosed:", errors.Is(<-readErr, net.ErrClosed))
}
