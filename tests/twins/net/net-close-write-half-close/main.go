// CloseWrite shuts one direction: the server reads the request to EOF with
// io.ReadAll, then answers on the same connection; the client can still
// read, but may no longer write.
package main

import (
	"fmt"
	"io"
	"net"
	"regexp"
	"strings"
)

var port = regexp.MustCompile(`:\d+`)

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()

	go func() {
		s, err := ln.Accept()
		if err != nil {
			return
		}
		defer s.Close()
		req, err := io.ReadAll(s)
		fmt.Printf("server got %q, err %v\n", req, err)
		io.WriteString(s, strings.ToUpper(string(req)))
	}()

	conn, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	defer conn.Close()
	fmt.Fprint(conn, "hello, ")
	fmt.Fprint(conn, "server")
	closeErr := conn.(*net.TCPConn).CloseWrite()
	_, writeErr := conn.Write([]byte("more"))
	reply, err := io.ReadAll(conn) // the server has printed its line by the time its reply ends
	fmt.Printf("client got %q, err %v\n", reply, err)
	fmt.Println("CloseWrite:", closeErr)
	fmt.Println(port.ReplaceAllString(writeErr.Error(), ":PORT"))
}
