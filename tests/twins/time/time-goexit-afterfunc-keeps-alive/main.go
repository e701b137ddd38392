package main

import (
	"fmt"
	"runtime"
	"time"
)

// A pending AfterFunc is a timer in the heap: after main's Goexit the program
// lives until it has run, and only then is there no goroutine left.
func main() {
	time.AfterFunc(20*time.Millisecond, func() { fmt.Println("AfterFunc ran") })
	defer fmt.Println("main's deferred call")
	runtime.Goexit()
}
