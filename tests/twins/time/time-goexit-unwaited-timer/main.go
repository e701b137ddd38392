package main

import (
	"fmt"
	"runtime"
	"time"
)

// A Timer nobody waits on keeps nothing alive: with main gone and no other
// goroutine, Go reports "no goroutines" at once.
func main() {
	t := time.NewTimer(20 * time.Millisecond)
	_ = t
	fmt.Println("main exits its goroutine")
	runtime.Goexit()
}
