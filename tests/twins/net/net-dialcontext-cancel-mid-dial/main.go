// Cancelling the context while a dial waits aborts it. A listener whose
// accept queue is full (backlog 0, one connection already queued) leaves a
// new connect pending, so the dial waits until the context ends.
package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"regexp"
	"strconv"
	"syscall"
	"time"
)

var port = regexp.MustCompile(`:\d+`)

func main() {
	fd, err := syscall.Socket(syscall.AF_INET, syscall.SOCK_STREAM, 0)
	if err != nil {
		panic(err)
	}
	defer syscall.Close(fd)
	if err := syscall.Bind(fd, &syscall.SockaddrInet4{Addr: [4]byte{127, 0, 0, 1}}); err != nil {
		panic(err)
	}
	if err := syscall.Listen(fd, 0); err != nil {
		panic(err)
	}
	sa, _ := syscall.Getsockname(fd)
	addr := "127.0.0.1:" + strconv.Itoa(sa.(*syscall.SockaddrInet4).Port)
	first, err := net.Dial("tcp", addr) // fills the queue
	if err != nil {
		panic(err)
	}
	defer first.Close()

	var d net.Dialer
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() {
		_, err := d.DialContext(ctx, "tcp", addr)
		done <- err
	}()
	select {
	case err := <-done:
		fmt.Println("dial returned early:", err)
	case <-time.After(30 * time.Millisecond):
		fmt.Println("dial still waiting after 30ms")
	}
	cancel()
	err = <-done
	fmt.Println(port.ReplaceAllString(err.Error(), ":PORT"), errors.Is(err, context.Canceled))

	start := time.Now()
	_, err = net.DialTimeout("tcp", addr, 30*time.Millisecond)
	fmt.Println(port.ReplaceAllString(err.Error(), ":PORT"), err.(net.Error).Timeout(),
		time.Since(start) >= 30*time.Millisecond)
}
