// A timeout around a blocking call that takes no context: run the call in
// a goroutine and select on its result and on the deadline. The result
// channel has room for one value, so once the caller has given up, the
// call can still finish and its goroutine exit, instead of blocking for
// ever on a send that nobody will receive.
package main

import (
	"context"
	"fmt"
	"runtime"
	"time"
)

func callWithTimeout[T any](d time.Duration, call func() T) (T, error) {
	ctx, cancel := context.WithTimeout(context.Background(), d)
	defer cancel()
	result := make(chan T, 1)
	go func() { result <- call() }()
	select {
	case v := <-result:
		return v, nil
	case <-ctx.Done():
		var zero T
		return zero, ctx.Err()
	}
}

func report(v string, err error) {
	if err != nil {
		fmt.Println("gave up:", err)
		return
	}
	fmt.Println("got:", v)
}

func main() {
	report(callWithTimeout(time.Second, func() string { return "a quick answer" }))

	unblock := make(chan struct{})
	report(callWithTimeout(50*time.Millisecond, func() string {
		<-unblock // a call that hangs, like a lookup on a dead server
		return "a late answer"
	}))

	close(unblock) // the hung call returns at last, into the buffer
	for i := 0; i < 1000 && runtime.NumGoroutine() > 1; i++ {
		time.Sleep(time.Millisecond)
	}
	fmt.Println("goroutines besides main:", runtime.NumGoroutine()-1)
}
