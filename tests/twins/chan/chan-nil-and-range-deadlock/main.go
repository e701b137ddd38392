package main

import "fmt"

func main() {
	var nilc chan string
	ch := make(chan int, 1)
	ch <- 1
	go func() { nilc <- "x" }()
	go func() { <-nilc }()
	printed := make(chan bool)
	go func() {
		for v := range ch {
			fmt.Println("ranged over", v)
			printed <- true
		}
	}()
	<-printed
	full := make(chan int, 1)
	full <- 1
	fmt.Println("len, cap:", len(full), cap(full), len(nilc), cap(nilc))
	full <- 2
}
