// Changing the limit while goroutines of the group are running panics.
package main

import (
	"fmt"

	"golang.org/x/sync/errgroup"
)

func main() {
	var g errgroup.Group
	g.SetLimit(1)
	block := make(chan struct{})
	g.Go(func() error {
		<-block
		return nil
	})
	fmt.Println("one goroutine active")
	g.SetLimit(5)
}
