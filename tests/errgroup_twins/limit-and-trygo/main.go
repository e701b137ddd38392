// SetLimit caps the active goroutines: TryGo refuses when the group is full,
// Go blocks until a slot frees up.
package main

import (
	"fmt"

	"golang.org/x/sync/errgroup"
)

func main() {
	var g errgroup.Group
	g.SetLimit(2)
	release := make(chan struct{})
	started := make(chan int, 3)
	for i := range 2 {
		g.Go(func() error {
			started <- i
			<-release
			return nil
		})
	}
	<-started
	<-started
	fmt.Println("try while full:", g.TryGo(func() error { return nil }))
	go func() { release <- struct{}{} }()
	g.Go(func() error { // blocks until one of the first two returns
		started <- 2
		return nil
	})
	fmt.Println("third started:", <-started)
	close(release)
	fmt.Println("wait:", g.Wait())
	fmt.Println("try when empty:", g.TryGo(func() error { return nil }), g.Wait())
}
