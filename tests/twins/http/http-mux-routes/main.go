// ServeMux patterns (Go 1.22): a method and a path, wildcards read with
// PathValue, a subtree, exact matches. No match is a 404, a matching path
// with another method a 405 that says which methods are allowed, and
// http.Error writes plain text. The response's Content-Type is sniffed
// from the body when the handler sets none.
package main

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
)

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /items/{id}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "item %s (pattern %q)", r.PathValue("id"), r.Pattern)
	})
	mux.HandleFunc("/static/", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "<html><body>static %s</body></html>", r.URL.Path)
	})
	mux.HandleFunc("/{$}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "home")
	})
	mux.HandleFunc("/teapot", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "short and stout", http.StatusTeapot)
	})
	mux.HandleFunc("/files/{path...}", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/x-custom")
		w.WriteHeader(http.StatusAccepted)
		fmt.Fprint(w, r.PathValue("path"))
	})
	srv := &http.Server{Handler: mux}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	go srv.Serve(ln)
	base := "http://" + ln.Addr().String()

	for _, c := range []struct{ method, path string }{
		{"GET", "/items/42"}, {"POST", "/items/42"}, {"GET", "/static/css/site.css"}, {"GET", "/"},
		{"GET", "/nothing"}, {"GET", "/teapot"}, {"GET", "/files/a/b/c.txt"}, {"HEAD", "/items/1"},
	} {
		req, _ := http.NewRequest(c.method, base+c.path, nil)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			fmt.Println(err)
			continue
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Printf("%s %s -> %s type=%q allow=%q nosniff=%q len=%d %q\n", c.method, c.path, resp.Status,
			resp.Header.Get("Content-Type"), resp.Header.Get("Allow"),
			resp.Header.Get("X-Content-Type-Options"), resp.ContentLength, body)
	}
	fmt.Println("Shutdown:", srv.Shutdown(context.Background()))
}
