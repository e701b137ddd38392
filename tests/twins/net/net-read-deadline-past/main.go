// A read deadline in the past fails the next Read at once with a timeout,
// even though data is waiting; clearing it (the zero time) lets the data
// through.
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
	defer conn.Close()
	server, err := ln.Accept()
	if err != nil {
		panic(err)
	}
	defer server.Close()

	server.Write([]byte("waiting"))
	buf := make([]byte, 16)
	n, err := conn.Read(buf[:1]) // the data has arrived
	fmt.Printf("%d %q %v\n", n, buf[:n], err)

	fmt.Println("set:", conn.SetReadDeadline(time.Now().Add(-time.Second)))
	n, err = conn.Read(buf)
	fmt.Println(n, port.ReplaceAllString(err.Error(), ":PORT"))
	fmt.Println("deadline exceeded:", errors.Is(err, os.ErrDeadlineExceeded), "timeout:", err.(net.Error).Timeout())
	n, err = conn.Read(buf) // still expired
	fmt.Println(n, errors.Is(err, os.ErrDeadlineExceeded))

	n, err = conn.Write([]byte("writes have their own deadline"))
	fmt.Println("write:", n, err)
	fmt.Println("set:", conn.SetReadDeadline(time.Time{}))
	n, err = conn.Read(buf)
	fmt.Printf("%d %q %v\n", n, buf[:n], err)
}
