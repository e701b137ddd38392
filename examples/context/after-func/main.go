// AfterFunc runs a function in its own goroutine once the context is done;
// stop() reports whether this call prevented the run. On a context that is already
// done, the function starts at once.
package main

import (
	"context"
	"fmt"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	ran := make(chan string)
	stopCleanup := context.AfterFunc(ctx, func() { ran <- "cleanup ran: " + ctx.Err().Error() })
	stopNever := context.AfterFunc(ctx, func() { fmt.Println("never printed") })
	fmt.Println("stop before cancel:", stopNever())
	fmt.Println("stop it again:", stopNever())
	cancel()
	fmt.Println(<-ran)
	fmt.Println("stop after it ran:", stopCleanup())

	context.AfterFunc(ctx, func() { ran <- "ran at once" })
	fmt.Println(<-ran)
}
