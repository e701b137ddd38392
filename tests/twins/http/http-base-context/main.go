// BaseContext gives every request's context a parent the program controls:
// cancelling it reaches handlers that wait on r.Context(), and its values
// are there too. This is how a server tells its handlers it is stopping,
// which Shutdown alone does not do.
package main

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
)

type key string

func main() {
	base, cancel := context.WithCancel(context.WithValue(context.Background(), key("service"), "billing"))
	started := make(chan bool)
	srv := &http.Server{
		BaseContext: func(net.Listener) context.Context { return base },
		Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			started <- true
			<-r.Context().Done()
			fmt.Fprintf(w, "%v stopped: %v, cause %v", r.Context().Value(key("service")), r.Context().Err(),
				context.Cause(r.Context()))
		}),
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	go srv.Serve(ln)

	got := make(chan string)
	go func() {
		resp, err := http.Get("http://" + ln.Addr().String() + "/wait")
		if err != nil {
			got <- err.Error()
			return
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		got <- string(body)
	}()
	<-started
	cancel()
	fmt.Println("client:", <-got)
	fmt.Println("Shutdown:", srv.Shutdown(context.Background()))
}
