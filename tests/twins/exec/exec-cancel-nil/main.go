// Setting Cancel to nil lets the child outlive the context: nothing is
// sent when the context ends, and Wait returns when the child finishes by
// itself, with no error. Cancel set on a plain Command is refused.
package main

import (
	"bytes"
	"context"
	"fmt"
	"os/exec"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	cmd := exec.CommandContext(ctx, "sh", "-c", "sleep 0.1; echo finished anyway")
	cmd.Cancel = nil
	var out bytes.Buffer
	cmd.Stdout = &out
	if err := cmd.Start(); err != nil {
		panic(err)
	}
	cancel()
	err := cmd.Wait()
	fmt.Printf("%q %v, ctx: %v\n", out.String(), err, ctx.Err())

	plain := exec.Command("true")
	plain.Cancel = func() error { return nil }
	fmt.Println(plain.Run())
}
