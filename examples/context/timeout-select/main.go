// A slow call selects on ctx.Done(): when the timeout expires it gives up
// and returns ctx.Err(), context.DeadlineExceeded. A child's deadline never
// exceeds its parent's, and WithTimeoutCause says why the time ran out.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func slowQuery(ctx context.Context) (string, error) {
	result := make(chan string, 1)
	go func() {
		time.Sleep(time.Second) // the slow part
		result <- "rows"
	}()
	select {
	case r := <-result:
		return r, nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	_, err := slowQuery(ctx)
	fmt.Println("query:", err)
	fmt.Println("is DeadlineExceeded:", errors.Is(err, context.DeadlineExceeded))

	parent, cancelParent := context.WithTimeout(context.Background(), time.Second)
	defer cancelParent()
	child, cancelChild := context.WithTimeout(parent, time.Hour)
	defer cancelChild()
	pd, _ := parent.Deadline()
	cd, _ := child.Deadline()
	fmt.Println("child deadline is the parent's:", cd.Equal(pd))

	slow := errors.New("backend too slow")
	ctx2, cancel2 := context.WithTimeoutCause(context.Background(), time.Millisecond, slow)
	defer cancel2()
	<-ctx2.Done()
	fmt.Println(ctx2.Err(), "|", context.Cause(ctx2))
}
