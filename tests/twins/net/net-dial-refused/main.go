// Dialling a port nobody listens on fails at once: an *net.OpError whose
// cause is an *os.SyscallError wrapping syscall.ECONNREFUSED.
package main

import (
	"errors"
	"fmt"
	"net"
	"os"
	"regexp"
	"syscall"
)

var port = regexp.MustCompile(`:\d+`)

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	addr := ln.Addr().String()
	ln.Close() // nobody listens there now

	conn, err := net.Dial("tcp", addr)
	fmt.Println(conn == nil, port.ReplaceAllString(err.Error(), ":PORT"))
	fmt.Println("ECONNREFUSED:", errors.Is(err, syscall.ECONNREFUSED), "ECONNRESET:", errors.Is(err, syscall.ECONNRESET))
	var op *net.OpError
	errors.As(err, &op)
	fmt.Println("Op:", op.Op, "Net:", op.Net, "Source:", op.Source, "Addr is the target:", op.Addr.String() == addr)
	var se *os.SyscallError
	errors.As(err, &se)
	fmt.Println("Syscall:", se.Syscall, "Err:", se.Err)
	fmt.Println("timeout:", op.Timeout())
}
