// Listening on a port that is taken fails with "bind: address already in
// use" (syscall.EADDRINUSE); once the first listener is closed the port
// can be listened on again at once.
package main

import (
	"errors"
	"fmt"
	"net"
	"regexp"
	"syscall"
)

var port = regexp.MustCompile(`:\d+`)

func main() {
	first, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	addr := first.Addr().String()
	c, _ := net.Dial("tcp", addr) // a connection, so the port has been used
	s, _ := first.Accept()
	c.Close()
	s.Close()

	_, err = net.Listen("tcp", addr)
	fmt.Println(port.ReplaceAllString(err.Error(), ":PORT"))
	fmt.Println("EADDRINUSE:", errors.Is(err, syscall.EADDRINUSE))
	var op *net.OpError
	errors.As(err, &op)
	fmt.Println("Op:", op.Op, "Addr is the one asked for:", op.Addr.String() == addr, "Source:", op.Source)

	first.Close()
	again, err := net.Listen("tcp", addr)
	fmt.Println("again:", err, again.Addr().String() == addr)
	again.Close()
}
