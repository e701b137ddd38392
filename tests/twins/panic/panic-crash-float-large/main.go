// A large float64 panic value switches to an exponent at 1e21, as %v does.
package main

import (
	"fmt"
)

func try(v any) {
	defer func() {
		r := recover()
		fmt.Printf("recovered %v (%T)\n", r, r)
	}()
	panic(v)
}

func main() {
	try(1e21)
	try("a string")
	defer fmt.Println("deferred call runs before the crash")
	fmt.Println("panicking")
	panic(1e21)
}
