// SetDeadline sets the read and the write deadline at once: a Read and a
// Write blocked on the same connection both wake with a timeout.
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
	server, err := ln.Accept() // silent, and it never reads
	if err != nil {
		panic(err)
	}
	defer server.Close()

	read, wrote := make(chan error), make(chan error)
	go func() {
		_, err := conn.Read(make([]byte, 1))
		read <- err
	}()
	go func() {
		_, err := conn.Write(make([]byte, 64<<20))
		wrote <- err
	}()
	time.Sleep(30 * time.Millisecond)
	conn.SetDeadline(time.Now())
	rerr, werr := <-read, <-wrote
	fmt.Println("read timed out:", errors.Is(rerr, os.ErrDeadlineExceeded))
	fmt.Println("write timed out:", errors.Is(werr, os.ErrDeadlineExceeded))
	var rop, wop *net.OpError
	errors.As(rerr, &rop)
	errors.As(werr, &wop)
	fmt.Println("ops:", rop.Op, wop.Op)
}
