// Shutdown with a deadline: the handler is still running when the context
// expires, so Shutdown returns context.DeadlineExceeded and the handler
// goes on. Close then closes the connection: the handler's r.Context() is
// cancelled, and the client's request fails with EOF.
package main

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"regexp"
	"time"
)

var port = regexp.MustCompile(`:\d+`)

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	started := make(chan bool)
	handlerSaw := make(chan error, 1)
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		started <- true
		<-r.Context().Done() // it does not look at anything else
		handlerSaw <- r.Context().Err()
	})}
	go srv.Serve(ln)

	clientErr := make(chan error, 1)
	go func() {
		_, err := http.Get("http://" + ln.Addr().String() + "/block")
		clientErr <- err
	}()
	<-started

	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Millisecond)
	defer cancel()
	fmt.Println("Shutdown:", srv.Shutdown(ctx))
	select {
	case err := <-handlerSaw:
		fmt.Println("the handler was stopped:", err)
	default:
		fmt.Println("the handler is still running")
	}
	fmt.Println("Close:", srv.Close())
	fmt.Println("handler's context:", <-handlerSaw)
	fmt.Println("client:", port.ReplaceAllString((<-clientErr).Error(), ":PORT"))
}
