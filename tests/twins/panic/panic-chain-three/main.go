// A panic in a deferred call during a panic: each earlier panic is printed first, the later ones indented.
package main

import "fmt"

type Code int

func (c Code) String() string { return fmt.Sprintf("code-%d", int(c)) }

func cleanup(step int) {
	fmt.Println("cleanup", step)
	panic(fmt.Sprintf("cleanup %d failed", step))
}

func main() {
	defer cleanup(2)
	defer func() {
		panic(Code(7))
	}()
	defer cleanup(1)
	defer fmt.Println("plain deferred print")
	panic(3.25)
}
