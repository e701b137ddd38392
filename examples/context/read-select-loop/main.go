// A context-aware read built from a blocking one: a goroutine does the
// Reads and hands each line over on a channel; the caller selects on that
// channel and on ctx.Done(), so it stops waiting the moment ctx is done.
// Closing the connection then ends the reader goroutine too: nothing leaks.
package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net"
	"time"
)

func readLines(conn net.Conn) <-chan string {
	lines := make(chan string)
	go func() {
		defer close(lines)
		sc := bufio.NewScanner(conn)
		for sc.Scan() {
			lines <- sc.Text()
		}
	}()
	return lines
}

func nextLine(ctx context.Context, lines <-chan string) (string, error) {
	select {
	case line, ok := <-lines:
		if !ok {
			return "", io.EOF
		}
		return line, nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

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
	defer server.Close()
	fmt.Fprintln(server, "hello") // then the server goes quiet

	lines := readLines(conn)
	for _, timeout := range []time.Duration{time.Second, 50 * time.Millisecond} {
		ctx, cancel := context.WithTimeout(context.Background(), timeout)
		line, err := nextLine(ctx, lines)
		cancel()
		fmt.Printf("line %q, err %v\n", line, err)
	}
	conn.Close()
	_, ok := <-lines
	fmt.Println("after Close: reader goroutine gone, lines closed:", !ok)
}
