// DialContext with a context that is already cancelled does not dial: the
// error says "operation was canceled" and is context.Canceled; with an
// expired deadline it is an "i/o timeout" that is context.DeadlineExceeded,
// but not os.ErrDeadlineExceeded.
package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"regexp"
	"time"
)

var port = regexp.MustCompile(`:\d+`)

func report(err error) {
	fmt.Println(" ", port.ReplaceAllString(err.Error(), ":PORT"))
	fmt.Println("  Canceled:", errors.Is(err, context.Canceled),
		"DeadlineExceeded:", errors.Is(err, context.DeadlineExceeded),
		"os.ErrDeadlineExceeded:", errors.Is(err, os.ErrDeadlineExceeded),
		"Timeout:", err.(net.Error).Timeout())
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	var d net.Dialer

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	conn, err := d.DialContext(ctx, "tcp", ln.Addr().String())
	fmt.Println("cancelled:", conn == nil)
	report(err)

	ctx, cancel = context.WithTimeout(context.Background(), -time.Second)
	defer cancel()
	_, err = d.DialContext(ctx, "tcp", ln.Addr().String())
	fmt.Println("expired:")
	report(err)

	ctx, cancelCause := context.WithCancelCause(context.Background())
	cancelCause(errors.New("user pressed Stop"))
	_, err = d.DialContext(ctx, "tcp", ln.Addr().String())
	fmt.Println("cancelled with a cause (the cause is not in the error):")
	report(err)

	ctx, cancel = context.WithCancel(context.Background())
	conn, err = d.DialContext(ctx, "tcp", ln.Addr().String())
	cancel() // after the dial: the connection does not care
	s, _ := ln.Accept()
	conn.Write([]byte("ok"))
	buf := make([]byte, 2)
	n, err := s.Read(buf)
	fmt.Printf("connected before cancel: %q %v\n", buf[:n], err)
	conn.Close()
	s.Close()
}
