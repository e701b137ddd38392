package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Millisecond)
	defer cancel()
	<-ctx.Done()
	err := ctx.Err()
	fmt.Println(err, errors.Is(err, context.DeadlineExceeded), errors.Is(err, context.Canceled))
	var te interface{ Timeout() bool }
	fmt.Println("Timeout():", errors.As(err, &te) && te.Timeout())
	fmt.Println("cause:", context.Cause(ctx))
	slow := errors.New("backend too slow")
	ctx2, cancel2 := context.WithTimeoutCause(context.Background(), 2*time.Millisecond, slow)
	defer cancel2()
	<-ctx2.Done()
	fmt.Println(ctx2.Err(), "| cause:", context.Cause(ctx2), context.Cause(ctx2) == slow)
	child, cancelChild := context.WithCancel(ctx2)
	defer cancelChild()
	fmt.Println("child of an expired parent:", child.Err(), "| cause:", context.Cause(child))
	ctx3, cancel3 := context.WithTimeout(context.Background(), time.Hour)
	cancel3()
	fmt.Println("cancelled first:", ctx3.Err(), context.Cause(ctx3))
}
