package main

import (
	"context"
	"fmt"
)

type key int
type other int

func main() {
	ctx := context.WithValue(context.Background(), key(1), "outer")
	ctx = context.WithValue(ctx, key(1), "inner")
	ctx = context.WithValue(ctx, "name", "gopher")
	c, cancel := context.WithCancel(ctx)
	defer cancel()
	d := context.WithoutCancel(c)
	fmt.Println(d.Value(key(1)), d.Value("name"), d.Value(other(1)), d.Value(1), d.Value("missing"))
	cancel()
	fmt.Println("values survive cancel:", c.Value(key(1)), c.Err(), d.Err())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		context.WithValue(ctx, nil, 1)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		context.WithValue(ctx, []int{1}, 1)
	}()
}
