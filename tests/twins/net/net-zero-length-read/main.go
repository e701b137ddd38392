// A zero-length Read returns 0, nil at once, without waiting and without
// looking at the socket: not even an expired deadline or the peer's close
// shows. Only a closed connection makes it fail.
package main

import (
	"fmt"
	"net"
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
	server, err := ln.Accept()
	if err != nil {
		panic(err)
	}
	n, err := conn.Read([]byte{})
	fmt.Println("nothing sent:", n, err)
	conn.SetReadDeadline(time.Now().Add(-time.Second))
	n, err = conn.Read(nil)
	fmt.Println("deadline passed:", n, err)
	conn.SetReadDeadline(time.Time{})
	server.Close()
	time.Sleep(10 * time.Millisecond)
	n, err = conn.Read(make([]byte, 0, 10))
	fmt.Println("peer closed:", n, err)
	n, err = conn.Read(make([]byte, 1))
	fmt.Println("one byte:", n, err)
	n, err = conn.Write(nil)
	fmt.Println("zero-length Write:", n, err)
	conn.Close()
	n, err = conn.Read(nil)
	fmt.Println("closed:", n, err != nil)
}
