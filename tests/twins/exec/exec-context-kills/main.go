// CommandContext: when the context ends, Cancel kills the child (by
// default), and Wait reports how it died: "signal: killed", an
// *exec.ExitError whose exit code is -1. The context says why.
package main

import (
	"context"
	"errors"
	"fmt"
	"os/exec"
	"time"
)

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	cmd := exec.CommandContext(ctx, "sleep", "5")
	start := time.Now()
	err := cmd.Run()
	fmt.Println("err:", err, "ctx:", ctx.Err())
	fmt.Println("quick:", time.Since(start) < 4*time.Second)
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		fmt.Println("ExitError:", ee.ExitCode(), ee.Exited(), ee.String())
	}
	fmt.Println("state:", cmd.ProcessState, cmd.ProcessState.Success())
	fmt.Println("kill after wait:", cmd.Process.Kill())

	ctx2, cancel2 := context.WithCancel(context.Background())
	cancel2()
	cmd = exec.CommandContext(ctx2, "sleep", "5")
	fmt.Println("start with a done context:", cmd.Start(), cmd.Process == nil)
	fmt.Println("wait without start:", cmd.Wait())
}
