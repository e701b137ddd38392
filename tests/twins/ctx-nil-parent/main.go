package main

import (
	"context"
	"fmt"
)

func main() {
	var parent context.Context
	fmt.Println("deriving from", parent)
	ctx, cancel := context.WithTimeout(parent, 0)
	defer cancel()
	fmt.Println(ctx)
}
