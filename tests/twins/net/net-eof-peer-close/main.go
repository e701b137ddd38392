// When the peer closes, Read first returns what it sent, then io.EOF
// itself (not wrapped), and keeps returning it.
package main

import (
	"errors"
	"fmt"
	"io"
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
	defer conn.Close()
	server, err := ln.Accept()
	if err != nil {
		panic(err)
	}
	server.Write([]byte("bye"))
	server.Close()

	buf := make([]byte, 2)
	for i := 0; i < 4; i++ {
		n, err := conn.Read(buf)
		fmt.Printf("%d %q %v eof=%v is=%v\n", n, buf[:n], err, err == io.EOF, errors.Is(err, io.EOF))
	}
	var op *net.OpError
	_, err = conn.Read(buf)
	fmt.Println("an OpError:", errors.As(err, &op))
}
