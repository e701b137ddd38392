// A panic is the other way to stop a program on an unrecoverable error,
// and it differs from os.Exit and log.Fatal: the deferred calls run as
// the panic unwinds (and could recover it), then the program prints the
// panic with the goroutine's stack and exits with status 2.
package main

import (
	"errors"
	"fmt"
)

func main() {
	defer fmt.Println("main: deferred call runs")
	panic(errors.New("config is invalid"))
}
