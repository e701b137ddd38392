package main

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/pprof"
	"strings"
	"time"
)

var held = make(chan int)

// A goroutine leaks when the last reference to its channel goes, not before;
// once detected, it stays marked (and counted) until the next detection.
func main() {
	prof := pprof.Lookup("goroutineleak")
	go func(ch chan int) {
		<-ch
	}(held)
	settle()
	prof.WriteTo(io.Discard, 0)
	fmt.Println("while held refers to it:", prof.Count())
	held = nil
	fmt.Println("after held = nil, before the next write:", prof.Count())
	prof.WriteTo(io.Discard, 0)
	fmt.Println("after the next write:", prof.Count())
	goroutines := pprof.Lookup("goroutine")
	fmt.Println("goroutines:", goroutines.Count())
	goroutines.WriteTo(os.Stdout, 2)
	fmt.Println()
	prof.WriteTo(io.Discard, 0)
	fmt.Println("and again:", prof.Count())
}

// settle waits until every goroutine but the caller is blocked.
func settle() {
	buf := make([]byte, 1<<20)
	for {
		s := string(buf[:runtime.Stack(buf, true)])
		if strings.Count(s, " [running]:")+strings.Count(s, " [runnable]:") == 1 {
			return
		}
		time.Sleep(time.Millisecond)
	}
}
