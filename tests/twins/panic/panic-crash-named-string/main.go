// A named string type prints quoted with its type, its newlines still followed by a tab.
package main

import (
	"fmt"
)

type Name string

func try(v any) {
	defer func() {
		r := recover()
		fmt.Printf("recovered %v (%T)\n", r, r)
	}()
	panic(v)
}

func main() {
	try(Name("two\nlines"))
	try("a string")
	defer fmt.Println("deferred call runs before the crash")
	fmt.Println("panicking")
	panic(Name("two\nlines"))
}
