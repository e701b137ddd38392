// A complex128 panic value prints as (re+imi).
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
	try(complex(1.5, -2))
	try("a string")
	defer fmt.Println("deferred call runs before the crash")
	fmt.Println("panicking")
	panic(complex(1.5, -2))
}
