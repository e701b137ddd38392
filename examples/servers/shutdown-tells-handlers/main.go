// Shutdown does not cancel the requests' contexts, so a handler that waits
// on r.Context() would hold it up until its deadline. BaseContext gives
// every request's context a parent; RegisterOnShutdown cancels that parent
// when Shutdown starts, and the long handler answers at once.
package main

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"time"
)

func main() {
	base, stopAll := context.WithCancel(context.Background())
	inHandler := make(chan struct{})
	srv := &http.Server{
		BaseContext: func(net.Listener) context.Context { return base },
		Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			close(inHandler)
			select {
			case <-time.After(10 * time.Second): // news, some day
				fmt.Fprintln(w, "news")
			case <-r.Context().Done():
				fmt.Fprintln(w, "server going away:", r.Context().Err())
			}
		}),
	}
	srv.RegisterOnShutdown(stopAll)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	go srv.Serve(ln)

	reply := make(chan string, 1)
	go func() {
		resp, err := http.Get("http://" + ln.Addr().String() + "/events")
		if err != nil {
			reply <- err.Error()
			return
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		reply <- string(body)
	}()
	<-inHandler

	start := time.Now()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	fmt.Println("Shutdown:", srv.Shutdown(ctx))
	fmt.Println("in well under a second:", time.Since(start) < time.Second)
	fmt.Print("the client got: ", <-reply)
}
