package main

import (
	"fmt"
	"os"
	"syscall"
)

func main() {
	fmt.Println(syscall.SIGHUP, syscall.SIGTERM, os.Interrupt, syscall.SIGQUIT, syscall.SIGUSR1, syscall.SIGUSR2)
	fmt.Printf("%v|%s|%d\n", syscall.SIGTERM, syscall.SIGHUP, syscall.SIGINT)
	fmt.Println(syscall.SIGHUP == 1, fmt.Sprint(syscall.SIGTERM) == "terminated")
}
