// The client gives up: its request's context is cancelled, the transport
// closes the connection, and the request returns "context canceled". The
// server notices the closed connection with its background read, and
// cancels the handler's r.Context().
package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"regexp"
)

var port = regexp.MustCompile(`:\d+`)

func main() {
	started := make(chan bool)
	handlerSaw := make(chan string, 1)
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		started <- true
		<-r.Context().Done()
		handlerSaw <- fmt.Sprint("handler: ", r.Context().Err())
	})}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	go srv.Serve(ln)

	ctx, cancel := context.WithCancel(context.Background())
	req, err := http.NewRequestWithContext(ctx, "GET", "http://"+ln.Addr().String()+"/report", nil)
	if err != nil {
		panic(err)
	}
	go func() {
		<-started
		cancel()
	}()
	resp, err := http.DefaultClient.Do(req)
	fmt.Println("response:", resp == nil)
	fmt.Println("client:", port.ReplaceAllString(err.Error(), ":PORT"))
	fmt.Println("canceled:", errors.Is(err, context.Canceled))
	fmt.Println(<-handlerSaw)
	fmt.Println("Shutdown:", srv.Shutdown(context.Background()))
}
