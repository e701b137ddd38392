// A map panic value prints its type and an address.
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
	try(map[string]int{"a": 1})
	try("a string")
	defer fmt.Println("deferred call runs before the crash")
	fmt.Println("panicking")
	panic(map[string]int{"a": 1})
}
