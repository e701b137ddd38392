package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(time.Hour)
	waiting := make(chan bool)
	done := make(chan bool)
	go func() {
		waiting <- true
		<-t.C
		fmt.Println("woken by the reset timer")
		done <- true
	}()
	<-waiting
	fmt.Println("Reset while a goroutine waits:", t.Reset(5*time.Millisecond))
	<-done
	fmt.Println("Stop after it fired:", t.Stop())
}
