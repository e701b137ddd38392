// A server's shutdown: close the listener so the accept loop ends, then
// close every open connection so each handler, blocked in Read, returns.
// The WaitGroup says when the last handler is gone.
package main

import (
	"errors"
	"fmt"
	"io"
	"net"
	"sync"
)

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	var (
		mu    sync.Mutex
		conns = map[net.Conn]bool{}
		wg    sync.WaitGroup
	)
	reasons := make(chan string, 3)
	ready := make(chan bool)
	acceptErr := make(chan error, 1)
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				acceptErr <- err
				return
			}
			mu.Lock()
			conns[c] = true
			mu.Unlock()
			wg.Add(1)
			go func() {
				defer wg.Done()
				buf := make([]byte, 16)
				for {
					n, err := c.Read(buf)
					if n > 0 {
						ready <- true
					}
					if err != nil {
						reason := "EOF"
						if err != io.EOF {
							reason = fmt.Sprint("closed: ", errors.Is(err, net.ErrClosed))
						}
						reasons <- reason
						return
					}
				}
			}()
		}
	}()

	var clients []net.Conn
	for range 3 {
		c, err := net.Dial("tcp", ln.Addr().String())
		if err != nil {
			panic(err)
		}
		c.Write([]byte("hi"))
		<-ready // its handler is running
		clients = append(clients, c)
	}
	clients[0].Close() // one client leaves by itself: its handler sees EOF
	fmt.Println("first handler returned:", <-reasons)
	ln.Close()
	fmt.Println("accept loop ended:", errors.Is(<-acceptErr, net.ErrClosed))
	mu.Lock()
	for c := range conns {
		c.Close()
	}
	mu.Unlock()
	wg.Wait()
	fmt.Println("the others returned:", <-reasons, "and", <-reasons)
	for _, c := range clients[1:] {
		_, err := c.Read(make([]byte, 1))
		fmt.Println("client sees:", err)
		c.Close()
	}
}
