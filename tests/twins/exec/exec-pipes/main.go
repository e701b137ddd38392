// Talking to a running child: StdinPipe feeds it, StdoutPipe reads its
// answers line by line while it runs. Closing stdin is the child's EOF;
// Wait comes after the last read, since it closes the pipe.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os/exec"
	"strings"
)

func main() {
	cmd := exec.Command("sh", "-c", `while read line; do echo "got $line"; done; echo "stdin closed"`)
	stdin, err := cmd.StdinPipe()
	if err != nil {
		panic(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		panic(err)
	}
	if err := cmd.Start(); err != nil {
		panic(err)
	}
	_, err = cmd.StdoutPipe()
	fmt.Println("StdoutPipe again:", err)
	r := bufio.NewReader(stdout)
	for _, word := range []string{"one", "two"} {
		io.WriteString(stdin, word+"\n")
		line, err := r.ReadString('\n')
		fmt.Printf("%q %v\n", line, err)
	}
	stdin.Close()
	rest, err := io.ReadAll(r)
	fmt.Printf("rest %q %v\n", rest, err)
	fmt.Println("Wait:", cmd.Wait())

	cmd = exec.Command("tr", "a-z", "A-Z")
	cmd.Stdin = strings.NewReader("shout this\n")
	out, err := cmd.Output()
	fmt.Printf("%q %v\n", out, err)
}
