// Every line after the first of a panic string is indented with a tab.
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
	try("first line\nsecond line\n\nfourth")
	try("a string")
	defer fmt.Println("deferred call runs before the crash")
	fmt.Println("panicking")
	panic("first line\nsecond line\n\nfourth")
}
