// A Stringer panic value prints its String() text.
package main

import (
	"fmt"
)

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func try(v any) {
	defer func() {
		r := recover()
		fmt.Printf("recovered %v (%T)\n", r, r)
	}()
	panic(v)
}

func main() {
	try(Point{3, 4})
	try("a string")
	defer fmt.Println("deferred call runs before the crash")
	fmt.Println("panicking")
	panic(Point{3, 4})
}
