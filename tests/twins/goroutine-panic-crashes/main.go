package main

import "fmt"

func main() {
	defer fmt.Println("main defer (never printed)")
	done := make(chan int)
	go func() {
		defer fmt.Println("worker defer runs")
		panic(fmt.Errorf("boom %d", 3))
	}()
	<-done
}
