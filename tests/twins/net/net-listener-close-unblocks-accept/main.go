// Closing a Listener from another goroutine unblocks its pending Accept,
// which returns an error wrapping net.ErrClosed; connections accepted
// before stay open.
package main

import (
	"errors"
	"fmt"
	"net"
	"regexp"
	"time"
)

var port = regexp.MustCompile(`:\d+`)

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	client, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	defer client.Close()

	accepted := make(chan net.Conn)
	done := make(chan error)
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				done <- err
				return
			}
			accepted <- c
		}
	}()
	first := <-accepted
	time.Sleep(20 * time.Millisecond) // the loop waits in Accept again
	fmt.Println("close:", ln.Close())
	err = <-done
	fmt.Println(port.ReplaceAllString(err.Error(), ":PORT"))
	fmt.Println("is net.ErrClosed:", errors.Is(err, net.ErrClosed))

	client.Write([]byte("still open"))
	buf := make([]byte, 32)
	n, err := first.Read(buf)
	fmt.Printf("accepted conn: %q %v\n", buf[:n], err)
	first.Close()
	_, err = net.Dial("tcp", ln.Addr().String())
	fmt.Println(port.ReplaceAllString(err.Error(), ":PORT"))
}
