// The zero Group works without a context: Wait returns the first error
// (here the only one), and the other goroutines are not told anything.
package main

import (
	"errors"
	"fmt"
	"sync/atomic"

	"golang.org/x/sync/errgroup"
)

func main() {
	var g errgroup.Group
	var ok atomic.Int32
	for i := range 5 {
		g.Go(func() error {
			if i == 3 {
				return fmt.Errorf("task %d: %w", i, errors.ErrUnsupported)
			}
			ok.Add(1)
			return nil
		})
	}
	err := g.Wait()
	fmt.Println(err, ok.Load(), errors.Is(err, errors.ErrUnsupported))
}
