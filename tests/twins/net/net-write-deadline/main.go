// A Write into a connection nobody reads blocks once the kernel's buffers
// are full. A write deadline ends it with a timeout and a short count; a
// Close from another goroutine ends the next one with net.ErrClosed.
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
	server, err := ln.Accept() // it never reads
	if err != nil {
		panic(err)
	}
	defer server.Close()

	big := make([]byte, 64<<20)
	conn.SetWriteDeadline(time.Now().Add(30 * time.Millisecond))
	n, err := conn.Write(big)
	fmt.Println("short:", n < len(big), "timeout:", errors.Is(err, os.ErrDeadlineExceeded))
	fmt.Println(port.ReplaceAllString(err.Error(), ":PORT"))

	conn.SetWriteDeadline(time.Time{})
	done := make(chan error)
	go func() {
		_, err := conn.Write(big)
		done <- err
	}()
	time.Sleep(20 * time.Millisecond)
	conn.Close()
	err = <-done
	fmt.Println("closed:", errors.Is(err, net.ErrClosed), port.ReplaceAllString(err.Error(), ":PORT"))
}
