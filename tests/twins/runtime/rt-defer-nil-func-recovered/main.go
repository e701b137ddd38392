package main

import (
	"fmt"
	"runtime"
)

func work(f func()) {
	defer func() {
		if r := recover(); r != nil {
			_, isRuntime := r.(runtime.Error)
			fmt.Println("recovered:", r, "| runtime.Error:", isRuntime)
		}
	}()
	defer fmt.Println("deferred before f: runs last")
	defer f()
	defer fmt.Println("deferred after f: runs first")
	fmt.Println("the body runs: deferring a nil func does not panic yet")
}

func main() {
	var f func()
	work(f)
	work(func() { fmt.Println("f runs") })
}
