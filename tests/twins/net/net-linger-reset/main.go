// SetLinger(0) makes Close reset the connection instead of ending it
// gracefully: the peer's Read fails with "connection reset by peer"
// (syscall.ECONNRESET) instead of returning io.EOF.
package main

import (
	"errors"
	"fmt"
	"io"
	"net"
	"regexp"
	"syscall"
)

var port = regexp.MustCompile(`:\d+`)

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	for _, linger := range []int{-1, 0} {
		conn, err := net.Dial("tcp", ln.Addr().String())
		if err != nil {
			panic(err)
		}
		server, err := ln.Accept()
		if err != nil {
			panic(err)
		}
		server.(*net.TCPConn).SetLinger(linger)
		server.Close()
		_, err = conn.Read(make([]byte, 4))
		fmt.Printf("linger %d: EOF %v, ECONNRESET %v: %s\n", linger, err == io.EOF,
			errors.Is(err, syscall.ECONNRESET), port.ReplaceAllString(err.Error(), ":PORT"))
		conn.Close()
	}
}
