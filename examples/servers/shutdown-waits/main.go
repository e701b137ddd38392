// Graceful shutdown of an HTTP server. Shutdown closes the listener at
// once, so Serve returns http.ErrServerClosed (the normal end, not a
// failure); then it waits for the request in flight, and returns when the
// client has its answer. Wait for Shutdown, not for Serve: returning from
// main as soon as Serve returns would cut that request off.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"time"
)

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	inHandler := make(chan struct{})
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		close(inHandler)
		time.Sleep(100 * time.Millisecond) // a slow request
		fmt.Fprintln(w, "report ready")
	})}
	serveErr := make(chan error, 1)
	go func() { serveErr <- srv.Serve(ln) }()

	reply := make(chan string, 1)
	go func() {
		resp, err := http.Get("http://" + ln.Addr().String() + "/report")
		if err != nil {
			reply <- err.Error()
			return
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		reply <- resp.Status + ": " + string(body)
	}()

	<-inHandler
	fmt.Println("shutting down with a request in flight")
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	if err := srv.Shutdown(ctx); err != nil {
		fmt.Println("shutdown:", err)
		return
	}
	fmt.Println("Shutdown returned: no request left")
	if err := <-serveErr; errors.Is(err, http.ErrServerClosed) {
		fmt.Println("Serve returned:", err)
	}
	fmt.Print("the client got ", <-reply)
}
