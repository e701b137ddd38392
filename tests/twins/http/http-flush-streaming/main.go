// A handler that flushes sends its answer in chunks as it goes: the client
// reads each line before the handler has finished, and the response has no
// Content-Length. Unflushed, a short answer goes out at the end with one.
package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
)

func main() {
	next := make(chan bool)
	mux := http.NewServeMux()
	mux.HandleFunc("/stream", func(w http.ResponseWriter, r *http.Request) {
		for i := range 3 {
			fmt.Fprintf(w, "line %d\n", i)
			w.(http.Flusher).Flush()
			<-next // the client has read the line
		}
	})
	mux.HandleFunc("/short", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "short answer")
	})
	srv := &http.Server{Handler: mux}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	go srv.Serve(ln)
	base := "http://" + ln.Addr().String()

	resp, err := http.Get(base + "/stream")
	if err != nil {
		panic(err)
	}
	fmt.Println(resp.Status, "length", resp.ContentLength, resp.TransferEncoding)
	r := bufio.NewReader(resp.Body)
	for range 3 {
		line, err := r.ReadString('\n')
		fmt.Printf("%q %v\n", line, err)
		next <- true
	}
	rest, err := io.ReadAll(r)
	fmt.Printf("rest %q %v\n", rest, err)
	resp.Body.Close()

	resp, err = http.Get(base + "/short")
	if err != nil {
		panic(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Println(resp.Status, "length", resp.ContentLength, resp.TransferEncoding, string(body))
	fmt.Println("Shutdown:", srv.Shutdown(context.Background()))
}
