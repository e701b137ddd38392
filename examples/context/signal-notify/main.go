// signal.Notify hands signals to a channel of your own, and the program
// decides what each one means: here SIGHUP reloads the configuration and
// SIGTERM ends the loop. Notify never blocks to send, so the channel needs
// a buffer; signal.Stop ends the delivery but does not close the channel.
package main

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, syscall.SIGHUP, syscall.SIGTERM)
	defer signal.Stop(sigs)
	defer fmt.Println("main: deferred calls run")

	_ = syscall.Kill(syscall.Getpid(), syscall.SIGHUP) // as `kill -HUP` would
	for sig := range sigs {
		switch sig {
		case syscall.SIGHUP:
			fmt.Println("got", sig, "- reloading the configuration")
			_ = syscall.Kill(syscall.Getpid(), syscall.SIGTERM)
		case syscall.SIGTERM:
			fmt.Println("got", sig, "- stopping")
			return
		}
	}
}
