package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Millisecond)
	defer cancel()
	<-ctx.Done()
	fmt.Println("woken by the deadline:", ctx.Err())
	cancel()
	block := make(chan int)
	<-block
}
