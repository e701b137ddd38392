// A gentler Cancel: send os.Interrupt instead of killing. This child
// catches it, says so and exits 0; because the Cancel succeeded, Wait
// returns the context's error rather than nil. A child that ignores the
// interrupt is killed once WaitDelay has passed.
package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"time"
)

func run(script string) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	cmd := exec.CommandContext(ctx, "sh", "-c", script)
	cmd.Cancel = func() error { return cmd.Process.Signal(os.Interrupt) }
	cmd.WaitDelay = 100 * time.Millisecond
	out, err := cmd.StdoutPipe()
	if err != nil {
		panic(err)
	}
	if err := cmd.Start(); err != nil {
		panic(err)
	}
	r := bufio.NewReader(out)
	ready, _ := r.ReadString('\n') // the trap is set
	cancel()
	rest, _ := io.ReadAll(r)
	err = cmd.Wait()
	fmt.Printf("err: %v, output %q\n", err, ready+string(rest))
}

func main() {
	run(`trap 'echo interrupted; exit 0' INT; echo ready; while :; do sleep 0.01; done`)
	run(`trap '' INT; echo ready; while :; do sleep 0.01; done`)
}
