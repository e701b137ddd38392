// A gentler end for a child: Cancel sends os.Interrupt, and WaitDelay is
// the grace period. A child that handles the interrupt stops in time; as
// Cancel succeeded, Wait reports the context's error even though the
// child exited 0. A child that ignores it is killed when WaitDelay runs
// out.
package main

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"time"
)

func run(script string) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	cmd := exec.CommandContext(ctx, "sh", "-c", script)
	cmd.Cancel = func() error { return cmd.Process.Signal(os.Interrupt) }
	cmd.WaitDelay = 200 * time.Millisecond
	out, err := cmd.StdoutPipe()
	if err != nil {
		panic(err)
	}
	if err := cmd.Start(); err != nil {
		panic(err)
	}
	lines := bufio.NewScanner(out)
	lines.Scan() // "ready": the child has set up its signal handling
	cancel()
	var said []string
	for lines.Scan() {
		said = append(said, lines.Text())
	}
	fmt.Printf("child said %q; Wait: %v\n", strings.Join(said, " "), cmd.Wait())
}

func main() {
	run(`trap 'echo cleaning up; exit 0' INT; echo ready; while :; do sleep 0.01; done`)
	run(`trap '' INT; echo ready; while :; do sleep 0.01; done`)
}
