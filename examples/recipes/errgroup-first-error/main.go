// The first error cancels the rest, with golang.org/x/sync/errgroup.
// WithContext returns a group and a context that the first failing call
// cancels, with its error as the cause; Go starts each call; Wait returns
// once all have returned, with the first error. SetLimit(2) lets at most
// two calls run at once: the third Go waits for a free slot, and starts
// when the context is already cancelled.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"

	"golang.org/x/sync/errgroup"
)

func fetch(ctx context.Context, name string) error {
	if name == "orders" {
		return errors.New("connection refused")
	}
	select {
	case <-time.After(time.Minute): // a slow backend
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func main() {
	g, ctx := errgroup.WithContext(context.Background())
	g.SetLimit(2)
	names := []string{"users", "orders", "invoices"}
	errs := make([]error, len(names))
	for i, name := range names {
		g.Go(func() error {
			if errs[i] = fetch(ctx, name); errs[i] != nil {
				return fmt.Errorf("fetch %s: %w", name, errs[i])
			}
			return nil
		})
	}
	err := g.Wait()
	for i, name := range names {
		fmt.Printf("%-9s %v\n", name+":", errs[i])
	}
	fmt.Println("Wait:", err)
	fmt.Println("cause:", context.Cause(ctx))
}
