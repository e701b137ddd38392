// exec.CommandContext ties a child process to a context. When the context
// ends while the child runs, the child is killed (Cancel's default): Wait
// returns an *exec.ExitError, "signal: killed", and ctx.Err() says why. A
// context that is already done stops the command before it starts.
package main

import (
	"context"
	"errors"
	"fmt"
	"os/exec"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	cmd := exec.CommandContext(ctx, "sleep", "10")
	if err := cmd.Start(); err != nil {
		panic(err)
	}
	cancel() // say, the user pressed Stop, or a deadline passed
	err := cmd.Wait()
	fmt.Println("Wait:", err)
	fmt.Println("ctx:", ctx.Err())
	var exitErr *exec.ExitError
	if errors.As(err, &exitErr) {
		fmt.Println("exit code:", exitErr.ExitCode(), "(no exit status: a signal ended it)")
	}

	err = exec.CommandContext(ctx, "echo", "too late").Run()
	fmt.Println("Run after the context ended:", err)
}
