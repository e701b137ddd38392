package main

import (
	"context"
	"errors"
	"fmt"
)

type ctxKey struct{}

func main() {
	bg := context.Background()
	c1, cancel1 := context.WithCancel(bg)
	defer cancel1()
	c2, cancel2 := context.WithCancelCause(c1)
	defer cancel2(errors.New("done"))
	c3 := context.WithoutCancel(c2)
	c4 := context.WithValue(c3, ctxKey{}, "v")
	c5, cancel5 := context.WithCancel(c4)
	defer cancel5()
	fmt.Println(c1)
	fmt.Println(c2)
	fmt.Println(c3)
	fmt.Println(c4)
	fmt.Println(c5)
	fmt.Println(context.TODO(), context.WithoutCancel(context.TODO()))
	stop := context.AfterFunc(c5, func() {})
	defer stop()
	fmt.Println("AfterFunc returns no context; c5 is still", c5)
	cancel1()
	fmt.Println("after cancel the names stay:", c2, c2.Err())
}
