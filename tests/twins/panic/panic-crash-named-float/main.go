// A named float type prints with its type and the shortest digits.
package main

import (
	"fmt"
)

type Ratio float64

func try(v any) {
	defer func() {
		r := recover()
		fmt.Printf("recovered %v (%T)\n", r, r)
	}()
	panic(v)
}

func main() {
	try(Ratio(0.125))
	try("a string")
	defer fmt.Println("deferred call runs before the crash")
	fmt.Println("panicking")
	panic(Ratio(0.125))
}
