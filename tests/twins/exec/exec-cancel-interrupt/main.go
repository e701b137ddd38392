// A gentler Cancel: send os.Interrupt instead of killing. This child
// catches it, says so and exits 0; because the Cancel succeeded, Wait
// returns the context's error rather than nil. A child that ignores the
// interrupt is killed once WaitDelay has passed.
package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"time"
)

func run(script string) {
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	cmd := exec.CommandContext(ctx, "sh", "-c", script)
	cmd.Cancel = func() error { return cmd.Process.Signal(os.Interrupt) }
	cmd.WaitDelay = 100 * time.Millisecond
	var out bytes.Buffer
	cmd.Stdout = &out
	err := cmd.Run()
	fmt.Printf("err: %v, output %q\n", err, out.String())
}

func main() {
	run(`trap 'echo interrupted; exit 0' INT; echo ready; while :; do sleep 0.01; done`)
	run(`trap '' INT; echo ready; while :; do sleep 0.01; done`)
}
