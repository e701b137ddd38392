// Shutdown with a deadline, then Close. Shutdown never interrupts a
// handler: when its context expires it just returns ctx.Err(), and the
// handler is still running. Close ends the connections; the handler's
// r.Context() is then cancelled, and the client's request fails.
package main

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"strings"
	"time"
)

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	inHandler := make(chan struct{})
	handlerDone := make(chan string)
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		close(inHandler)
		<-r.Context().Done() // a long poll: it answers when there is news, or stops with its request
		handlerDone <- fmt.Sprint("handler stopped: ", r.Context().Err())
	})}
	go srv.Serve(ln)

	clientErr := make(chan error, 1)
	go func() {
		_, err := http.Get("http://" + ln.Addr().String() + "/events")
		clientErr <- err
	}()
	<-inHandler

	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	fmt.Println("Shutdown:", srv.Shutdown(ctx))
	fmt.Println("Close:", srv.Close())
	fmt.Println(<-handlerDone)
	err = <-clientErr
	fmt.Println("client: request failed with EOF:", strings.HasSuffix(err.Error(), ": EOF"))
}
