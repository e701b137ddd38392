package main

import (
	"errors"
	"fmt"
	"runtime"
)

func main() {
	func() {
		defer func() {
			r := recover()
			fmt.Println("recovered:", r)
			var pe *runtime.PanicNilError
			fmt.Println("errors.As PanicNilError:", errors.As(r.(error), &pe))
			_, isRuntime := r.(runtime.Error)
			fmt.Println("a runtime.Error:", isRuntime, "nil:", r == nil)
		}()
		panic(nil)
	}()
	var err error
	defer fmt.Println("deferred runs before the crash")
	panic(err)
}
