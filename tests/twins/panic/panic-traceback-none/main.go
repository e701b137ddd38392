// debug.SetTraceback cannot go below GOTRACEBACK (single by default): "none" still prints the failing goroutine.
package main

import (
	"fmt"
	"runtime/debug"
)

func main() {
	debug.SetTraceback("none")
	fmt.Println("set to none")
	panic(fmt.Sprintf("%d failures", 2))
}
