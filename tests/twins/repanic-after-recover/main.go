package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		panic(fmt.Sprint("re: ", r))
	}()
	panic("first")
}
