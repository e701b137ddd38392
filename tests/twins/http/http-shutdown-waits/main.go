// Shutdown stops accepting at once (Serve returns http.ErrServerClosed),
// then waits for the request in flight: the handler finishes, the client
// gets its whole answer, and only then does Shutdown return.
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
	started := make(chan bool)
	mux := http.NewServeMux()
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		started <- true
		time.Sleep(50 * time.Millisecond)
		fmt.Fprint(w, "done")
	})
	srv := &http.Server{Handler: mux}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()

	got := make(chan string, 1)
	go func() {
		resp, err := http.Get("http://" + ln.Addr().String() + "/slow")
		if err != nil {
			got <- err.Error()
			return
		}
		defer resp.Body.Close()
		body, err := io.ReadAll(resp.Body)
		got <- fmt.Sprintf("%s %q %v", resp.Status, body, err)
	}()
	<-started
	start := time.Now()
	err = srv.Shutdown(context.Background())
	fmt.Println("Shutdown:", err, "after the handler:", time.Since(start) >= 40*time.Millisecond)
	err = <-served
	fmt.Println("Serve:", err, errors.Is(err, http.ErrServerClosed))
	fmt.Println("client:", <-got)
	fmt.Println("Serve again:", srv.Serve(ln))
}
