package main

import (
	"fmt"
	"sync"
)

func main() {
	var once sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		once.Do(func() { panic("init failed") })
	}()
	once.Do(func() { fmt.Println("never: a panic counts as done") })
	fmt.Println("second Do returned")
	var o2 sync.Once
	n := 0
	for i := 0; i < 3; i++ {
		o2.Do(func() { n++ })
	}
	fmt.Println("n =", n)
}
