package main

import "fmt"

type E struct{}

func (E) Error() string { return "custom err" }

type S string

func main() {
	defer fmt.Println("deferred", recover())
	defer func() {
		fmt.Println(recover())
		panic(S("x"))
	}()
	panic(E{})
}
