// An echo server built on io.Copy: it copies the connection to itself until
// the client half-closes, then reports how many bytes it moved. The client
// reads the echo line by line with bufio.Reader.ReadString.
package main

import (
	"bufio"
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
	copied := make(chan string)
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		n, err := io.Copy(c, c)
		c.Close()
		copied <- fmt.Sprintf("server copied %d bytes, err %v", n, err)
	}()

	conn, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	defer conn.Close()
	r := bufio.NewReader(conn)
	for _, msg := range []string{"ping\n", "pong\n", "no newline"} {
		io.WriteString(conn, msg)
		if msg[len(msg)-1] == '\n' {
			line, err := r.ReadString('\n')
			fmt.Printf("echo %q %v\n", line, err)
		}
	}
	conn.(*net.TCPConn).CloseWrite()
	rest, err := r.ReadString('\n')
	fmt.Printf("rest %q %v\n", rest, err)
	fmt.Println(<-copied)
}
