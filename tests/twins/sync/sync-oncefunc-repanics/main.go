package main

import (
	"errors"
	"fmt"
	"sync"
)

func main() {
	calls := 0
	f := sync.OnceFunc(func() {
		calls++
		fmt.Println("body runs")
		panic(errors.New("bad config"))
	})
	for i := 0; i < 3; i++ {
		func() {
			defer func() {
				r := recover()
				fmt.Printf("call %d: recovered %v (same error: %v)\n", i, r, r != nil)
			}()
			f()
		}()
	}
	fmt.Println("body ran", calls, "time(s)")
	g := sync.OnceFunc(func() { fmt.Println("g once") })
	g()
	g()
}
