// A TCPListener has a deadline too: Accept returns an i/o timeout when
// nobody dials in time, and works again once the deadline is cleared.
package main

import (
	"errors"
	"fmt"
	"net"
	"os"
	"regexp"
	"time"
)

var port = regexp.MustCompile(`:\d+`)

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	tl := ln.(*net.TCPListener)
	tl.SetDeadline(time.Now().Add(20 * time.Millisecond))
	c, err := ln.Accept()
	fmt.Println(c == nil, port.ReplaceAllString(err.Error(), ":PORT"))
	fmt.Println("timeout:", errors.Is(err, os.ErrDeadlineExceeded), err.(net.Error).Timeout())

	tl.SetDeadline(time.Time{})
	conn, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	defer conn.Close()
	s, err := ln.Accept()
	fmt.Println("accepted:", err, s.LocalAddr().String() == ln.Addr().String())
	s.Close()
}
