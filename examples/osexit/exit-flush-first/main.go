// To keep buffered output, flush it before calling os.Exit: a direct
// call to Flush runs, where a deferred one would not.
package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	w := bufio.NewWriter(os.Stdout)
	w.WriteString("report line 1\n")
	w.WriteString("report line 2\n")
	if err := w.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "flush:", err)
	}
	os.Exit(1)
}
