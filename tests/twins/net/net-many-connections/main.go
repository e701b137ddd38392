// Many connections at once: an accept loop starts one goroutine per
// connection, each echoes one line doubled; 100 clients dial in parallel
// and collect the answers, then everything is closed and the server stops.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"net"
	"strconv"
	"strings"
	"sync"
)

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	var handlers sync.WaitGroup
	stopped := make(chan error)
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				stopped <- err
				return
			}
			handlers.Add(1)
			go func() {
				defer handlers.Done()
				defer c.Close()
				line, err := bufio.NewReader(c).ReadString('\n')
				if err != nil {
					return
				}
				n, _ := strconv.Atoi(strings.TrimSpace(line))
				fmt.Fprintf(c, "%d\n", 2*n)
			}()
		}
	}()

	const clients = 100
	results := make([]int, clients)
	var wg sync.WaitGroup
	for i := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c, err := net.Dial("tcp", ln.Addr().String())
			if err != nil {
				panic(err)
			}
			defer c.Close()
			fmt.Fprintf(c, "%d\n", i)
			line, _ := bufio.NewReader(c).ReadString('\n')
			results[i], _ = strconv.Atoi(strings.TrimSpace(line))
		}()
	}
	wg.Wait()
	sum, ok := 0, true
	for i, r := range results {
		sum += r
		ok = ok && r == 2*i
	}
	fmt.Println("answers:", len(results), "all right:", ok, "sum:", sum)
	ln.Close()
	fmt.Println("server stopped:", errors.Is(<-stopped, net.ErrClosed))
	handlers.Wait()
	fmt.Println("every handler returned")
}
