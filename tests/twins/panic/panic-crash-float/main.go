// A float64 panic value prints in strconv's shortest form since Go 1.26 (not +1.500000e+000).
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
	try(-2.5e-08)
	try("a string")
	defer fmt.Println("deferred call runs before the crash")
	fmt.Println("panicking")
	panic(-2.5e-08)
}
