package main

import "fmt"

func main() {
	a := make(chan int, 1)
	b := make(chan string, 1)
	done := make(chan struct{})
	b <- "hello"
	for i := 0; i < 3; i++ {
		select {
		case v, ok := <-a:
			fmt.Println("a:", v, ok)
		case s := <-b:
			fmt.Println("b:", s)
			close(a)
		case <-done:
			fmt.Println("done")
		}
	}
	select {
	case <-done:
		fmt.Println("done")
	default:
		fmt.Println("default: nothing ready")
	}
}
