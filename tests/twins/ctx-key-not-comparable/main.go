package main

import (
	"context"
	"fmt"
)

func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	context.WithValue(context.Background(), []int{1}, "v")
}
