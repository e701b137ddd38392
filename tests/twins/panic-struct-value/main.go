package main

import "fmt"

type T struct{ A int }

func main() {
	defer fmt.Println("deferred")
	panic(T{3})
}
