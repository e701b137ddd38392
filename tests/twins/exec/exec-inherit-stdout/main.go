// A child given os.Stdout and os.Stderr writes straight to them, with no
// copying goroutine in between: its lines land between the parent's, in
// order.
package main

import (
	"fmt"
	"os"
	"os/exec"
)

func main() {
	fmt.Println("parent: before")
	cmd := exec.Command("sh", "-c", "echo child: to stdout; echo child: to stderr >&2; exit 2")
	cmd.Stdout = os.Stdout
	cmd.Stderr = os.Stderr
	err := cmd.Run()
	fmt.Println("parent: after, err", err)
	fmt.Fprintln(os.Stderr, "parent: done")
}
