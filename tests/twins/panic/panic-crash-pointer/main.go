// A pointer panic value prints its type and address: panic: (*main.T) 0xc000...
package main

import (
	"fmt"
)

type T struct{ A int }

func try(v any) {
	defer func() {
		r := recover()
		fmt.Printf("recovered %v (%T)\n", r, r)
	}()
	panic(v)
}

func main() {
	try(&T{1})
	try("a string")
	defer fmt.Println("deferred call runs before the crash")
	fmt.Println("panicking")
	panic(&T{1})
}
