// os.Exit in a deferred call ends the program in the middle of a panic:
// the deferred calls before it run, but the panic message and its stack
// are never printed, and the status is the one given to os.Exit, not 2.
package main

import (
	"errors"
	"fmt"
	"os"
)

func main() {
	defer os.Exit(1)
	defer fmt.Println("main: deferred call runs")
	panic(errors.New("config is invalid"))
}
