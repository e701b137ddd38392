// WaitDelay also limits the wait for a child's output. This shell exits
// at once, but the sleep it started in the background still holds its
// standard output open, so copying that output into buf would last as
// long as the sleep. With WaitDelay set, Wait gives up on the copy after
// the delay and returns exec.ErrWaitDelay.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"os/exec"
	"time"
)

func main() {
	cmd := exec.Command("sh", "-c", "sleep 3 & echo started")
	var buf bytes.Buffer
	cmd.Stdout = &buf
	cmd.WaitDelay = 100 * time.Millisecond
	start := time.Now()
	err := cmd.Run()
	fmt.Printf("Run: %v\n", err)
	fmt.Println("ErrWaitDelay:", errors.Is(err, exec.ErrWaitDelay))
	fmt.Println("the shell exited 0:", cmd.ProcessState.Success())
	fmt.Printf("output so far: %q\n", buf.String())
	fmt.Println("did not wait for the sleep:", time.Since(start) < 2*time.Second)
}
