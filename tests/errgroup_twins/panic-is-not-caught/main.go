// errgroup does not catch panics (since x/sync v0.16.0): a panic in a
// function given to Go crashes the program like any goroutine's panic.
// Wait may even return first (the goroutine's deferred Done runs while it
// panics), so main blocks afterwards rather than racing the crash.
package main

import (
	"golang.org/x/sync/errgroup"
)

func main() {
	var g errgroup.Group
	g.Go(func() error {
		panic("task blew up")
	})
	_ = g.Wait()
	select {}
}
