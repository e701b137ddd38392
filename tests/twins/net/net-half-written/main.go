// A Read returns what has arrived, not what the reader asked for: half a
// message comes back short. io.ReadFull keeps reading until the buffer is
// full; if the peer stops half-way, it reports io.ErrUnexpectedEOF.
package main

import (
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

	next := make(chan bool)
	go func() {
		server.Write([]byte("hel"))
		<-next
		server.Write([]byte("lo, wor"))
		<-next
		server.Close()
	}()

	buf := make([]byte, 5)
	n, err := conn.Read(buf)
	fmt.Printf("Read: %d %q %v\n", n, buf[:n], err)
	next <- true
	n, err = io.ReadFull(conn, buf)
	fmt.Printf("ReadFull: %d %q %v\n", n, buf[:n], err)
	next <- true
	n, err = io.ReadFull(conn, buf)
	fmt.Printf("ReadFull: %d %q %v\n", n, buf[:n], err)
	n, err = io.ReadFull(conn, buf)
	fmt.Printf("ReadFull: %d %q %v\n", n, buf[:n], err)
}
