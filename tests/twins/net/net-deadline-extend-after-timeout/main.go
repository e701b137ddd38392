// After a deadline has passed, the connection still works: setting a
// deadline in the future refreshes it (an idle timeout is built this way).
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
	server, err := ln.Accept()
	if err != nil {
		panic(err)
	}
	defer server.Close()

	buf := make([]byte, 8)
	for i, wait := range []time.Duration{10 * time.Millisecond, time.Second, 10 * time.Millisecond} {
		conn.SetReadDeadline(time.Now().Add(wait))
		if i == 1 {
			server.Write([]byte("ping"))
		}
		n, err := conn.Read(buf)
		fmt.Printf("read %d: %q timeout=%v\n", i, buf[:n], errors.Is(err, os.ErrDeadlineExceeded))
	}
}
