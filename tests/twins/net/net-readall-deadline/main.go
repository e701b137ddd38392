// io.ReadAll stops at the first error: with a read deadline it returns
// what arrived before the deadline together with the timeout, not EOF.
package main

import (
	"errors"
	"fmt"
	"io"
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
	server, err := ln.Accept()
	if err != nil {
		panic(err)
	}
	defer server.Close()

	server.Write([]byte("partial answer"))
	conn.SetReadDeadline(time.Now().Add(40 * time.Millisecond))
	data, err := io.ReadAll(conn)
	fmt.Printf("%q timeout=%v\n", data, errors.Is(err, os.ErrDeadlineExceeded))
}
