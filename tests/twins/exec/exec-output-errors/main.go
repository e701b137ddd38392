// Output and CombinedOutput collect a child's output; a non-zero exit is
// an *exec.ExitError whose Stderr holds what the child wrote there (with
// Output). A name that is nowhere on $PATH fails before anything starts.
package main

import (
	"errors"
	"fmt"
	"os/exec"
)

func main() {
	out, err := exec.Command("sh", "-c", "echo out; echo err >&2; exit 3").Output()
	fmt.Printf("Output: %q %v\n", out, err)
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		fmt.Printf("exit code %d, stderr %q\n", ee.ExitCode(), ee.Stderr)
	}
	out, err = exec.Command("sh", "-c", "echo out; echo err >&2").CombinedOutput()
	fmt.Printf("CombinedOutput: %q %v\n", out, err)

	cmd := exec.Command("no-such-command-anywhere")
	fmt.Println("Err:", cmd.Err)
	err = cmd.Run()
	fmt.Println("Run:", err, errors.Is(err, exec.ErrNotFound))
	_, err = exec.LookPath("no-such-command-anywhere")
	var e *exec.Error
	fmt.Println("LookPath:", errors.As(err, &e), e.Name)
	p, err := exec.LookPath("sh")
	fmt.Println("sh found:", p != "", err)

	cmd = exec.Command("true")
	fmt.Println("String:", cmd.String() == p[:len(p)-2]+"true", cmd.Args)
	fmt.Println("Run:", cmd.Run(), "again:", cmd.Run(), "Wait again:", cmd.Wait())
	cmd = exec.Command("sh", "-c", "exit 0")
	cmd.Stdout = new(nopWriter)
	_, err = cmd.Output()
	fmt.Println("Output with Stdout set:", err)
}

type nopWriter struct{}

func (nopWriter) Write(b []byte) (int, error) { return len(b), nil }
