package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	parent, cancel := context.WithCancelCause(context.Background())
	ctx, stop := signal.NotifyContext(parent, os.Interrupt, syscall.SIGTERM)
	fmt.Println(ctx)
	cancel(errors.New("parent gone"))
	<-ctx.Done()
	fmt.Println(ctx.Err(), context.Cause(ctx))
	stop()
	ctx2, stop2 := signal.NotifyContext(context.TODO(), syscall.SIGHUP, syscall.SIGUSR1)
	fmt.Println(ctx2)
	stop2()
	fmt.Println(ctx2.Err(), context.Cause(ctx2))
	var nilctx context.Context
	defer func() { fmt.Println("recovered:", recover()) }()
	ctx3, stop3 := signal.NotifyContext(nilctx)
	defer stop3()
	fmt.Println(ctx3)
}
