// The number passed to os.Exit is the status the parent process sees: 0
// for success, anything else for failure. This program runs itself as a
// child three times and reports each child's status, as a shell ($?), a
// supervisor or a CI job sees it; go run prints a non-zero status as
// "exit status N".
package main

import (
	"fmt"
	"os"
	"os/exec"
	"strconv"
)

func main() {
	if len(os.Args) == 3 && os.Args[1] == "child" {
		status, _ := strconv.Atoi(os.Args[2])
		os.Exit(status)
	}
	for _, code := range []string{"0", "1", "3"} {
		cmd := exec.Command(os.Args[0], "child", code)
		if err := cmd.Run(); err != nil {
			fmt.Printf("child os.Exit(%s): status %d, Run returned %q\n", code, cmd.ProcessState.ExitCode(), err.Error())
		} else {
			fmt.Printf("child os.Exit(%s): status %d, success\n", code, cmd.ProcessState.ExitCode())
		}
	}
	fmt.Println("parent: calling os.Exit(3)")
	os.Exit(3)
}
