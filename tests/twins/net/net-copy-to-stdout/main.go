// io.Copy from a connection to os.Stdout: it copies until the peer closes
// (EOF is the normal end, so the error is nil) and says how many bytes.
package main

import (
	"fmt"
	"io"
	"net"
	"os"
)

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		fmt.Fprintln(c, "line one")
		fmt.Fprintf(c, "line %s\n", "two")
		c.Close()
	}()
	conn, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	defer conn.Close()
	n, err := io.Copy(os.Stdout, conn)
	fmt.Println("copied", n, "bytes, err", err)
}
