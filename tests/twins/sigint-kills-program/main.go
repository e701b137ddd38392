package main

import (
	"fmt"
	"os"
	"syscall"
	"time"
)

func main() {
	go func() {
		time.Sleep(200 * time.Millisecond)
		syscall.Kill(os.Getpid(), syscall.SIGINT)
	}()
	fmt.Println("waiting")
	time.Sleep(5 * time.Second)
}
