// Timeouts with select and time.After: one result is too slow, the other arrives in time.
package main

import (
	"fmt"
	"time"
)

func slow(d time.Duration, s string) <-chan string {
	c := make(chan string, 1)
	go func() {
		time.Sleep(d)
		c <- s
	}()
	return c
}

func main() {
	c1 := slow(300*time.Millisecond, "result 1")
	select {
	case res := <-c1:
		fmt.Println(res)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timeout 1")
	}
	c2 := slow(5*time.Millisecond, "result 2")
	select {
	case res := <-c2:
		fmt.Println(res)
	case <-time.After(2 * time.Second):
		fmt.Println("timeout 2")
	}
}
