package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan string)
	woke := make(chan string)
	for i := 0; i < 3; i++ {
		go func() {
			select {
			case v, ok := <-a:
				woke <- fmt.Sprint("a ", v, " ", ok)
			case s := <-b:
				woke <- "b " + s
			}
		}()
	}
	close(a)
	for i := 0; i < 3; i++ {
		fmt.Println(<-woke)
	}
	select {
	case v, ok := <-a:
		fmt.Println("closed is always ready:", v, ok)
	case b <- "x":
		fmt.Println("never: nobody receives b")
	}
}
