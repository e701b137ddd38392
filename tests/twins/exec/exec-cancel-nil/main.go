// Setting Cancel to nil lets the child outlive the context: nothing is
// sent when the context ends, and Wait returns when the child finishes by
// itself, with no error. Cancel set on a plain Command is refused.
package main

import (
	"context"
	"fmt"
	"os/exec"
	"time"
)

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel()
	cmd := exec.CommandContext(ctx, "sh", "-c", "sleep 0.1; echo finished anyway")
	cmd.Cancel = nil
	out, err := cmd.Output()
	fmt.Printf("%q %v, ctx: %v\n", out, err, ctx.Err())

	plain := exec.Command("true")
	plain.Cancel = func() error { return nil }
	fmt.Println(plain.Run())
}
