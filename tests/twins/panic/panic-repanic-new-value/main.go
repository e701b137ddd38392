// Recovering and panicking with a new value: panic: first [recovered], then the new panic, indented.
package main

import (
	"errors"
	"fmt"
)

func work() (err error) {
	defer func() {
		if r := recover(); r != nil {
			panic(fmt.Errorf("work failed: %v", r))
		}
	}()
	panic(errors.New("disk full"))
}

func main() {
	fmt.Println("calling work")
	work()
}
