// Keep os.Exit out of the code that needs cleanup: main only calls
// os.Exit(realMain()), and realMain does the work with ordinary deferred
// calls, which run when it returns. The status still reaches the parent.
package main

import (
	"errors"
	"fmt"
	"os"
)

func work() error {
	return errors.New("database unreachable")
}

func realMain() int {
	defer fmt.Println("realMain: deferred cleanup runs")
	if err := work(); err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		return 1
	}
	return 0
}

func main() {
	os.Exit(realMain())
}
