// A named int type without methods prints with its type: panic: main.Level(3).
package main

import (
	"fmt"
)

type Level int

func try(v any) {
	defer func() {
		r := recover()
		fmt.Printf("recovered %v (%T)\n", r, r)
	}()
	panic(v)
}

func main() {
	try(Level(3))
	try("a string")
	defer fmt.Println("deferred call runs before the crash")
	fmt.Println("panicking")
	panic(Level(3))
}
