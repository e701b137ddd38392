// Three panics, the middle one re-panicked as it was: inner [recovered], middle [recovered, repanicked], outer.
package main

import (
	"errors"
	"fmt"
)

func main() {
	defer func() {
		panic("outer")
	}()
	defer func() {
		r := recover()
		fmt.Println("re-panicking", r)
		panic(r)
	}()
	defer func() {
		fmt.Println("recovered", recover())
		panic(errors.New("middle"))
	}()
	panic("inner")
}
