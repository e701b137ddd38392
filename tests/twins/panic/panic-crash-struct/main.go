// A struct panic value without methods prints its type and an address.
package main

import (
	"fmt"
)

type T struct {
	A int
	B string
}

func try(v any) {
	defer func() {
		r := recover()
		fmt.Printf("recovered %v (%T)\n", r, r)
	}()
	panic(v)
}

func main() {
	try(T{1, "x"})
	try("a string")
	defer fmt.Println("deferred call runs before the crash")
	fmt.Println("panicking")
	panic(T{1, "x"})
}
