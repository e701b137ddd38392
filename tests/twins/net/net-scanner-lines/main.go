// A bufio.Scanner over a connection: Scan blocks in Read until a whole
// line is there. At the peer's close, Scan returns false and Err is nil
// (EOF is the normal end); when the reader's own side is closed, Err is
// the net.ErrClosed error.
package main

import (
	"bufio"
	"errors"
	"fmt"
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
	server, err := ln.Accept()
	if err != nil {
		panic(err)
	}
	go func() {
		fmt.Fprint(server, "one\r\ntwo\n\nthree without newline")
		server.Close()
	}()
	sc := bufio.NewScanner(conn)
	for sc.Scan() {
		fmt.Printf("line %q\n", sc.Text())
	}
	fmt.Println("err at EOF:", sc.Err())
	conn.Close()

	conn, err = net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	server, err = ln.Accept()
	if err != nil {
		panic(err)
	}
	defer server.Close()
	fmt.Fprint(server, "hello\n")
	sc = bufio.NewScanner(conn)
	sc.Scan()
	fmt.Printf("line %q\n", sc.Text())
	conn.Close()
	fmt.Println("scan after Close:", sc.Scan(), "closed:", errors.Is(sc.Err(), net.ErrClosed))

	c2, _ := net.Dial("tcp", ln.Addr().String())
	s2, _ := ln.Accept()
	fmt.Fprint(s2, "alpha  beta\tgamma\n")
	s2.Close()
	words := bufio.NewScanner(c2)
	words.Split(bufio.ScanWords)
	for words.Scan() {
		fmt.Printf("word %q\n", words.Text())
	}
	c2.Close()
}
