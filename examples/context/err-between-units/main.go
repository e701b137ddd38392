// Checking ctx.Err() between units of work is fine, and common: when a
// unit is short and waits for nothing, one check per unit is all it costs.
// The worker finishes the unit in hand, sees the error at its next check
// and returns. (A select on ctx.Done() is for when the goroutine waits.)
package main

import (
	"context"
	"fmt"
)

func work(ctx context.Context, units int, progress func(unit int)) (int, error) {
	for unit := 1; unit <= units; unit++ {
		if err := ctx.Err(); err != nil {
			return unit - 1, err
		}
		progress(unit) // the unit of work, then its progress report
	}
	return units, nil
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	result := make(chan string)
	go func() {
		done, err := work(ctx, 10, func(unit int) {
			fmt.Println("unit", unit, "done")
			if unit == 3 {
				cancel() // say, the user pressed Stop during unit 3
			}
		})
		result <- fmt.Sprintf("worker: %d of 10 units done: %v", done, err)
	}()
	fmt.Println(<-result)
}
