// The first error cancels the rest. Three fetches share one context; the
// first to fail cancels it with its error as the cause, the others see
// ctx.Done() and give up, and main reports that first error. This is what
// golang.org/x/sync/errgroup.WithContext does for you (the errgroup recipe);
// this one uses only the standard library (sync.WaitGroup and
// context.WithCancelCause), for a program that takes no dependency.
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
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
	ctx, cancel := context.WithCancelCause(context.Background())
	defer cancel(nil)
	names := []string{"users", "orders", "invoices"}
	errs := make([]error, len(names))
	var wg sync.WaitGroup
	for i, name := range names {
		wg.Go(func() {
			if errs[i] = fetch(ctx, name); errs[i] != nil {
				cancel(fmt.Errorf("fetch %s: %w", name, errs[i]))
			}
		})
	}
	wg.Wait()
	for i, name := range names {
		fmt.Printf("%-9s %v\n", name+":", errs[i])
	}
	fmt.Println("first error:", context.Cause(ctx))
}
