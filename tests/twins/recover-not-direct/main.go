package main

import "fmt"

func helper() {
	fmt.Println("helper: recover() =", recover())
}

func main() {
	defer func() { fmt.Println("direct:", recover()) }()
	defer func() { helper() }()
	defer recover()
	panic("p")
}
