// Client.Timeout limits the whole exchange. A server that does not answer
// in time makes the request fail with a timeout error that says so; the
// handler's context is cancelled when the client hangs up.
package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"regexp"
	"time"
)

var port = regexp.MustCompile(`:\d+`)

func main() {
	handlerSaw := make(chan error, 1)
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		<-r.Context().Done()
		handlerSaw <- r.Context().Err()
	})}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	go srv.Serve(ln)

	client := &http.Client{Timeout: 300 * time.Millisecond}
	_, err = client.Get("http://" + ln.Addr().String() + "/never")
	fmt.Println(port.ReplaceAllString(err.Error(), ":PORT"))
	fmt.Println("DeadlineExceeded:", errors.Is(err, context.DeadlineExceeded),
		"os.ErrDeadlineExceeded:", errors.Is(err, os.ErrDeadlineExceeded))
	var ne net.Error
	fmt.Println("net.Error:", errors.As(err, &ne), "Timeout:", ne.Timeout())
	fmt.Println("handler:", <-handlerSaw)
	fmt.Println("Shutdown:", srv.Shutdown(context.Background()))
}
