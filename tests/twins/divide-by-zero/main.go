package main

import "fmt"

func div(a, b int) int { return a / b }

func main() {
	defer fmt.Println("main defer runs during the panic")
	fmt.Println(div(1, 0))
}
