package main

import (
	"context"
	"fmt"
)

func main() {
	ctx := context.Background()
	fmt.Println(ctx.Done() == nil, ctx.Err())
	<-ctx.Done()
}
