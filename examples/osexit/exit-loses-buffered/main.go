// os.Exit keeps what was already written to os.Stdout, which has no
// buffer of its own, and loses what a bufio.Writer still holds: only
// Flush writes that out, and a deferred Flush never runs.
package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush() // never runs
	fmt.Println("written to os.Stdout: kept")
	w.WriteString("written to the bufio.Writer: lost\n")
	os.Exit(1)
}
