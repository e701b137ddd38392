// A server drops a kept-alive connection just after reading the next request
// on it, before answering. The client sends a GET again on a new connection,
// since a GET can be replayed; a POST it cannot replay gets the error.
// (net/http/transport.go: persistConn.shouldRetryRequest.)
package main

import (
	"bufio"
	"fmt"
	"net"
	"net/http"
	"regexp"
	"strings"
)

var port = regexp.MustCompile(`:\d+`)

// handle answers the first request on a connection and drops the connection
// after reading the second: a reset when reset is true, else a plain close.
func handle(c *net.TCPConn, n int, reset bool) {
	br := bufio.NewReader(c)
	for served := 0; ; served++ {
		for { // the request's header; the requests here send no body the server reads
			line, err := br.ReadString('\n')
			if err != nil {
				c.Close()
				return
			}
			if line == "\r\n" {
				break
			}
		}
		if served == 1 {
			if reset {
				c.SetLinger(0)
			}
			c.Close()
			return
		}
		fmt.Fprintf(c, "HTTP/1.1 200 OK\r\nContent-Length: 6\r\n\r\nconn %d", n)
	}
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	reset := make(chan bool, 10)
	go func() {
		for n := 1; ; n++ {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go handle(c.(*net.TCPConn), n, <-reset)
		}
	}()
	url := "http://" + ln.Addr().String() + "/"
	get := func() {
		resp, err := http.Get(url)
		if err != nil {
			fmt.Println(port.ReplaceAllString(err.Error(), ":PORT"))
			return
		}
		var body strings.Builder
		buf := make([]byte, 16)
		for {
			n, err := resp.Body.Read(buf)
			body.Write(buf[:n])
			if err != nil {
				break
			}
		}
		resp.Body.Close()
		fmt.Println("GET:", resp.Status, body.String())
	}
	for _, r := range []bool{true, false, false} {
		reset <- r
	}
	get() // conn 1 answers, and is kept alive
	get() // conn 1 is reset after reading it: sent again on conn 2
	get() // conn 2 is closed after reading it: sent again on conn 3
	// conn 3 is closed after reading the POST, which is not sent again.
	_, err = http.Post(url, "text/plain", strings.NewReader("x"))
	fmt.Println("POST:", port.ReplaceAllString(err.Error(), ":PORT"))
	ln.Close()
}
