// A whole float64 panic value prints without a fraction: panic: 100.
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
	try(100.0)
	try("a string")
	defer fmt.Println("deferred call runs before the crash")
	fmt.Println("panicking")
	panic(100.0)
}
