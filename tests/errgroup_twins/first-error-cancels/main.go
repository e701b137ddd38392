// The first error cancels the group's context; Wait returns that error, and
// the context's cause is the error itself.
package main

import (
	"context"
	"errors"
	"fmt"

	"golang.org/x/sync/errgroup"
)

func main() {
	g, ctx := errgroup.WithContext(context.Background())
	fmt.Println(ctx)
	g.Go(func() error {
		<-ctx.Done()
		fmt.Println("watcher saw:", ctx.Err())
		return ctx.Err()
	})
	g.Go(func() error {
		return errors.New("fetch failed")
	})
	err := g.Wait()
	fmt.Println("wait:", err)
	fmt.Println("ctx:", ctx.Err(), "| cause:", context.Cause(ctx))
	fmt.Println(errors.Is(context.Cause(ctx), err))
}
