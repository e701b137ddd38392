package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"strings"
	"time"
)

// From Go's runtime/testdata/testgoroutineleakprofile/simple.go: NilRecv, NilSend,
// SelectNoCases, ChanRecv, ChanSend and Select in one program. Each goroutine is
// blocked on a channel only it can reach (or on nothing at all): every one leaks.
func main() {
	prof := pprof.Lookup("goroutineleak")
	fmt.Println("before any write:", prof.Count())
	go func() {
		var c chan int
		<-c
		panic("should not be reached")
	}()
	go func() {
		var c chan int
		c <- 0
		panic("should not be reached")
	}()
	go func() {
		select {}
	}()
	go func() {
		<-make(chan int)
		panic("should not be reached")
	}()
	go func() {
		make(chan int) <- 0
		panic("should not be reached")
	}()
	go func() {
		select {
		case make(chan int) <- 0:
		case <-make(chan int):
		}
		panic("should not be reached")
	}()
	settle()
	fmt.Println("blocked, not yet detected:", prof.Count())
	prof.WriteTo(os.Stdout, 2)
	fmt.Println()
	fmt.Println("leaked:", prof.Count())
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
