package main

import (
	"fmt"
	"time"
)

func main() {
	done := make(chan string)
	f := time.AfterFunc(time.Millisecond, func() { done <- "ran" })
	fmt.Println(<-done)
	fmt.Println("Stop after it ran:", f.Stop())
	fmt.Println("Reset after it ran:", f.Reset(time.Millisecond))
	fmt.Println(<-done, "again")
	g := time.AfterFunc(time.Hour, func() { fmt.Println("never") })
	fmt.Println("Stop pending:", g.Stop())
	fmt.Println("Stop again:", g.Stop())
	fmt.Println("Reset stopped:", g.Reset(time.Hour))
	fmt.Println("Reset pending:", g.Reset(time.Hour))
	fmt.Println("Stop:", g.Stop())
	fmt.Println("C is nil:", g.C == nil)
	h := time.AfterFunc(0, func() { done <- "zero delay runs too" })
	fmt.Println(<-done)
	_ = h
}
