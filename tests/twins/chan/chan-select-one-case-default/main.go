package main

import "fmt"

// A select with one case and a default is a non-blocking send or receive.
func main() {
	ch := make(chan int, 1)
	for i := 0; i < 3; i++ {
		select {
		case ch <- i:
			fmt.Println("sent", i)
		default:
			fmt.Println("full, dropped", i)
		}
	}
	for i := 0; i < 2; i++ {
		select {
		case v := <-ch:
			fmt.Println("received", v)
		default:
			fmt.Println("empty")
		}
	}
	var nilc chan int
	select {
	case nilc <- 1:
		fmt.Println("never")
	default:
		fmt.Println("a nil channel is never ready")
	}
	close(ch)
	select {
	case v, ok := <-ch:
		fmt.Println("closed:", v, ok)
	default:
		fmt.Println("never")
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	select {
	case ch <- 1:
	default:
		fmt.Println("never: a send on a closed channel panics first")
	}
}
