// An error panic value prints its Error() text, whatever its type.
package main

import (
	"fmt"
)

type NotFound struct{ Name string }

func (e *NotFound) Error() string { return e.Name + ": not found" }

func try(v any) {
	defer func() {
		r := recover()
		fmt.Printf("recovered %v (%T)\n", r, r)
	}()
	panic(v)
}

func main() {
	try(&NotFound{"config.yaml"})
	try("a string")
	defer fmt.Println("deferred call runs before the crash")
	fmt.Println("panicking")
	panic(&NotFound{"config.yaml"})
}
