// Every operation on a closed connection or listener fails with an error
// wrapping net.ErrClosed, a second Close included; each names its
// operation, and SetDeadline names only the local address.
package main

import (
	"errors"
	"fmt"
	"net"
	"regexp"
	"time"
)

var port = regexp.MustCompile(`:\d+`)

func show(what string, err error) {
	fmt.Printf("%-16s %v %s\n", what, errors.Is(err, net.ErrClosed), port.ReplaceAllString(err.Error(), ":PORT"))
}

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

	fmt.Println("first close:", conn.Close(), ln.Close())
	_, err = conn.Read(make([]byte, 4))
	show("Read", err)
	n, err := conn.Read(nil)
	fmt.Println("zero-length Read:", n, err != nil)
	_, err = conn.Write([]byte("x"))
	show("Write", err)
	show("Close", conn.Close())
	show("SetDeadline", conn.SetDeadline(time.Now()))
	show("SetReadDeadline", conn.SetReadDeadline(time.Time{}))
	show("CloseWrite", conn.(*net.TCPConn).CloseWrite())
	_, err = ln.Accept()
	show("Accept", err)
	show("Listener.Close", ln.Close())
	fmt.Println("addresses kept:", conn.LocalAddr() != nil, conn.RemoteAddr() != nil, ln.Addr() != nil)
}
