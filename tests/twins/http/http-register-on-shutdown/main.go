// RegisterOnShutdown: each function runs in a goroutine of its own when
// Shutdown starts, and Shutdown does not wait for it. Serve and
// ListenAndServe called after Shutdown return ErrServerClosed at once.
package main

import (
	"context"
	"fmt"
	"net"
	"net/http"
)

func main() {
	srv := &http.Server{Addr: "127.0.0.1:0"}
	notified := make(chan string, 2)
	srv.RegisterOnShutdown(func() { notified <- "first hook" })
	srv.RegisterOnShutdown(func() { notified <- "second hook" })

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	served := make(chan error)
	go func() { served <- srv.Serve(ln) }()

	fmt.Println("Shutdown:", srv.Shutdown(context.Background()))
	fmt.Println("Serve:", <-served)
	a, b := <-notified, <-notified
	fmt.Println("hooks ran:", (a == "first hook" && b == "second hook") || (a == "second hook" && b == "first hook"))
	fmt.Println("ListenAndServe after:", srv.ListenAndServe())
	ln2, _ := net.Listen("tcp", "127.0.0.1:0")
	fmt.Println("Serve after:", srv.Serve(ln2))
	_, err = net.Dial("tcp", ln2.Addr().String())
	fmt.Println("the listener given to Serve was closed:", err != nil)
	fmt.Println("Shutdown again:", srv.Shutdown(context.Background()))
	fmt.Println("Close after:", srv.Close())
}
