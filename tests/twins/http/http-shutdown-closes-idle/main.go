// Keep-alive connections that sit idle do not delay Shutdown: it closes
// them at once. The client's next request cannot reuse its pooled
// connection, dials again, and is refused: nobody listens any more.
package main

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"regexp"
)

var port = regexp.MustCompile(`:\d+`)

func main() {
	states := make(chan string, 10)
	srv := &http.Server{
		Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			fmt.Fprint(w, "pong")
		}),
		ConnState: func(c net.Conn, s http.ConnState) { states <- s.String() },
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	go srv.Serve(ln)
	url := "http://" + ln.Addr().String() + "/ping"

	for range 2 {
		resp, err := http.Get(url)
		if err != nil {
			panic(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Println(resp.Status, string(body))
	}
	fmt.Println("Shutdown:", srv.Shutdown(context.Background()))
	// Shutdown closed the idle connection under its goroutine, which reports
	// StateClosed as it ends: wait for that report (reading on after Shutdown
	// returned, and closing states, would race with it).
	for s := range states {
		fmt.Print(s, " ")
		if s == "closed" {
			break
		}
	}
	fmt.Println()
	_, err = http.Get(url)
	fmt.Println(port.ReplaceAllString(err.Error(), ":PORT"))
}
