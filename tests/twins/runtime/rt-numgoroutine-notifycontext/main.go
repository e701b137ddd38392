package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"runtime"
)

func settle(want int) int {
	for runtime.NumGoroutine() != want {
		runtime.Gosched()
	}
	return runtime.NumGoroutine()
}

// NotifyContext starts os/signal's loop goroutine (once, for good) and a
// goroutine that watches for the signal until the context is done.
func main() {
	fmt.Println("before:", runtime.NumGoroutine())
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	fmt.Println("after NotifyContext:", runtime.NumGoroutine())
	stop()
	fmt.Println("after stop, the watcher ends:", settle(2), ctx.Err())
	parent, cancel := context.WithCancel(context.Background())
	ctx2, stop2 := signal.NotifyContext(parent, os.Interrupt)
	fmt.Println("a second one:", runtime.NumGoroutine())
	cancel()
	<-ctx2.Done()
	fmt.Println("cancelling the parent ends its watcher:", settle(2))
	stop2()
	done, cancel3 := context.WithCancel(context.Background())
	cancel3()
	_, stop3 := signal.NotifyContext(done, os.Interrupt)
	fmt.Println("a done parent: no watcher at all:", runtime.NumGoroutine())
	stop3()
}
