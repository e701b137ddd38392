// With no error, Wait still cancels the group's context when it returns:
// its cause is then context.Canceled.
package main

import (
	"context"
	"fmt"

	"golang.org/x/sync/errgroup"
)

func main() {
	g, ctx := errgroup.WithContext(context.Background())
	results := make([]int, 3)
	for i := range 3 {
		g.Go(func() error {
			results[i] = i * i
			return nil
		})
	}
	fmt.Println("before wait:", ctx.Err())
	fmt.Println("wait:", g.Wait(), results)
	fmt.Println("after wait:", ctx.Err(), context.Cause(ctx))
}
