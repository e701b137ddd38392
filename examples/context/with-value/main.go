// Values travel down the tree and the nearest WithValue wins; keys of
// different types never collide. WithoutCancel keeps the values and drops
// the cancellation.
package main

import (
	"context"
	"fmt"
)

type Key string

func main() {
	ctx := context.WithValue(context.Background(), Key("user"), "alice")
	ctx = context.WithValue(ctx, "user", "a plain string key")
	ctx, cancel := context.WithCancel(ctx)
	inner := context.WithValue(ctx, Key("user"), "bob")
	fmt.Println(inner.Value(Key("user")), ctx.Value(Key("user")), ctx.Value("user"))
	fmt.Println(ctx.Value(Key("missing")))
	fmt.Println(inner)

	detached := context.WithoutCancel(inner)
	cancel()
	fmt.Println(inner.Err(), detached.Err(), detached.Value(Key("user")))
	fmt.Println(detached.Done() == nil, detached)
}
