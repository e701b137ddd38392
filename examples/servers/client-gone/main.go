// A client that gives up: its request's context is cancelled, so the
// client closes the connection. The server notices (it keeps reading the
// connection in the background while the handler runs) and cancels
// r.Context(): a handler that watches it stops its work.
package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"
)

func main() {
	working := make(chan struct{})
	stopped := make(chan string)
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		close(working)
		for {
			select {
			case <-r.Context().Done():
				stopped <- fmt.Sprint("handler: ", r.Context().Err())
				return
			case <-time.After(10 * time.Millisecond): // one step of a long computation
			}
		}
	})}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	go srv.Serve(ln)

	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		<-working
		cancel() // the user pressed Stop
	}()
	req, err := http.NewRequestWithContext(ctx, "GET", "http://"+ln.Addr().String()+"/slow", nil)
	if err != nil {
		panic(err)
	}
	_, err = http.DefaultClient.Do(req)
	fmt.Println("client gave up:", errors.Is(err, context.Canceled))
	fmt.Println(<-stopped)
	fmt.Println("Shutdown:", srv.Shutdown(context.Background()))
}
