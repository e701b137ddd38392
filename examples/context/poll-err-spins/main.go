// Only a loop that does nothing but poll ctx.Err() busy-waits: it keeps a
// CPU busy for the whole wait. When a goroutine has nothing to do until the
// context is done, it blocks on <-ctx.Done() (alone or in a select) and
// sleeps until the channel is closed.
package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	checks := 0
	for ctx.Err() == nil {
		checks++ // nothing else to do: this loop spins
	}
	fmt.Println("polling: Err checked more than 100 times in 50ms:", checks > 100)

	ctx2, cancel2 := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel2()
	<-ctx2.Done() // one receive, asleep until the close
	fmt.Println("blocking on Done: woke once, with", ctx2.Err())
}
