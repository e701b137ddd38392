// Deferred calls do not run when os.Exit ends the program, neither in the
// function that calls it nor in its callers: cleanup written as a defer
// (closing a file, removing a temporary file, unlocking) is skipped.
package main

import (
	"fmt"
	"os"
)

func cleanup(what string) {
	fmt.Println("cleanup:", what)
}

func loadConfig() {
	defer cleanup("loadConfig's deferred call")
	fmt.Println("loadConfig: fatal error, calling os.Exit(1)")
	os.Exit(1)
}

func main() {
	defer cleanup("main's deferred call")
	fmt.Println("main: start")
	loadConfig()
	fmt.Println("main: after loadConfig (never printed)")
}
