// exec.CommandContext ties a child process to a context. When the context
// ends, the child is killed (Cancel's default): Wait returns an
// *exec.ExitError, "signal: killed", and ctx.Err() says why. A context
// that is already done stops the command before it starts.
package main

import (
	"context"
	"errors"
	"fmt"
	"os/exec"
	"time"
)

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	cmd := exec.CommandContext(ctx, "sleep", "10")
	err := cmd.Run()
	fmt.Println("Run:", err)
	fmt.Println("ctx:", ctx.Err())
	var exitErr *exec.ExitError
	if errors.As(err, &exitErr) {
		fmt.Println("exit code:", exitErr.ExitCode(), "(no exit status: a signal ended it)")
	}

	err = exec.CommandContext(ctx, "echo", "too late").Run()
	fmt.Println("Run after the context ended:", err)
}
