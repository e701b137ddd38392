// A Dialer's Timeout and Deadline limit the dial like a context deadline.
// A negative Timeout counts too (Go keeps it for historical reasons): the
// dial times out before it starts. DialTimeout is the same shortcut.
package main

import (
	"context"
	"errors"
	"fmt"
	"net"
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
	addr := ln.Addr().String()

	for _, d := range []net.Dialer{
		{Timeout: -time.Nanosecond},
		{Deadline: time.Now().Add(-time.Second)},
		{Timeout: time.Second},
	} {
		conn, err := d.Dial("tcp", addr)
		if err != nil {
			fmt.Println(port.ReplaceAllString(err.Error(), ":PORT"), errors.Is(err, context.DeadlineExceeded))
			continue
		}
		fmt.Println("connected")
		conn.Close()
		s, _ := ln.Accept()
		s.Close()
	}
	_, err = net.DialTimeout("tcp", addr, -1)
	fmt.Println(port.ReplaceAllString(err.Error(), ":PORT"))
}
