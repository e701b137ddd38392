// An errors.Join panic prints one error per line, each line after the first indented with a tab.
package main

import (
	"errors"
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
	try(errors.Join(errors.New("first"), nil, fmt.Errorf("second: %w", errors.New("inner")), errors.New("third\nmultiline")))
	try("a string")
	defer fmt.Println("deferred call runs before the crash")
	fmt.Println("panicking")
	panic(errors.Join(errors.New("first"), nil, fmt.Errorf("second: %w", errors.New("inner")), errors.New("third\nmultiline")))
}
