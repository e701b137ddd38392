package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("main defer (never printed)")
	go func() {
		defer fmt.Println("worker defer (never printed)")
		fmt.Print("partial line is kept")
		os.Exit(3)
	}()
	select {}
}
