// WaitDelay also bounds the wait for a child's output. Here the shell
// exits at once but leaves a grandchild holding its stdout, so the copy
// into the buffer never ends by itself: after WaitDelay, Wait closes the
// pipe and returns exec.ErrWaitDelay. Without WaitDelay it would wait for
// the grandchild.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"os/exec"
	"time"
)

func main() {
	cmd := exec.Command("sh", "-c", "sleep 2 & echo started")
	var out bytes.Buffer
	cmd.Stdout = &out
	cmd.WaitDelay = 40 * time.Millisecond
	start := time.Now()
	err := cmd.Run()
	took := time.Since(start)
	fmt.Printf("err: %v, ErrWaitDelay: %v, output %q\n", err, errors.Is(err, exec.ErrWaitDelay), out.String())
	fmt.Println("the shell itself succeeded:", cmd.ProcessState.Success())
	fmt.Println("did not wait for the grandchild:", took < 1500*time.Millisecond)
}
