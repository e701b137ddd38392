// Network I/O keeps a program alive only while a goroutine waits in it.
// Here the reader gets EOF and then waits on a channel nobody sends on:
// once no goroutine is left in the network, the runtime sees the deadlock.
package main

import (
	"fmt"
	"net"
)

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

	never := make(chan int)
	go func() {
		_, err := conn.Read(make([]byte, 1))
		fmt.Println("reader:", err)
		<-never
	}()
	server.Close()
	<-make(chan int) // main waits too: fatal error once the reader has left the network
}
