// A handler reads the request: method, path, query, headers and body. The
// client posts with http.Post and a chunked body of unknown length with
// Client.Do; the server sees both the same way.
package main

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
)

func main() {
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(r.Body)
		fmt.Fprintf(w, "%s %s q=%q type=%q len=%d body=%q err=%v ua=%q",
			r.Method, r.URL.Path, r.URL.Query().Get("q"), r.Header.Get("Content-Type"),
			r.ContentLength, body, err, r.UserAgent())
	})}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	go srv.Serve(ln)
	base := "http://" + ln.Addr().String()

	show := func(resp *http.Response, err error) {
		if err != nil {
			fmt.Println("error:", err)
			return
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Println(resp.StatusCode, resp.ContentLength, string(b))
	}
	show(http.Post(base+"/items?q=a+b", "application/json", strings.NewReader(`{"n":1}`)))
	req, _ := http.NewRequest("PUT", base+"/items/7", io.MultiReader(strings.NewReader("part one, "), strings.NewReader("part two")))
	req.Header.Set("Content-Type", "text/plain")
	req.Header.Set("User-Agent", "twin/1.0")
	show(http.DefaultClient.Do(req))
	show(http.Get(base + "/empty"))
	fmt.Println("Shutdown:", srv.Shutdown(context.Background()))
}
