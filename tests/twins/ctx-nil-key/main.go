package main

import "context"

func main() {
	context.WithValue(context.Background(), nil, "v")
}
