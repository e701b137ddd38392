package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"strings"
	"sync"
	"time"
)

var (
	ch      = make(chan int)          // NoLeakGlobal: a package variable keeps it reachable
	start   = make(chan int)          // never sent on, but reachable
	mailbox = make(chan chan int, 1)  // its buffered values are reachable through it
)

// What the profile does not report: goroutines blocked on something a goroutine
// that can still run could reach, directly or through other blocked goroutines.
// Mixed (from Go's testdata) is reported: both goroutines of its pair leak.
func main() {
	prof := pprof.Lookup("goroutineleak")
	mixed()
	go func() { // NoLeakGlobal
		<-ch
	}()
	go func() { // a reply channel parked in a buffered channel
		reply := make(chan int)
		mailbox <- reply
		<-reply
	}()
	pair(start)          // reachable only from a goroutine that is itself maybe runnable
	pair(make(chan int)) // the same pair, waiting on a channel nobody else has: both leak
	go func() { // a timer's channel is reachable from the runtime's timers
		select {
		case <-time.After(time.Hour):
		case <-make(chan int):
		}
	}()
	go func() { // sleeping is not a leak
		time.Sleep(time.Hour)
	}()
	settle()
	prof.WriteTo(os.Stdout, 2)
	fmt.Println()
	fmt.Println("leaked:", prof.Count())
}

// mixed is Mixed from Go's testdata: one goroutine waits for the other to
// send, which waits for the first to receive.
func mixed() {
	ch := make(chan int)
	wg := sync.WaitGroup{}
	wg.Add(1)
	go func() {
		wg.Wait()
		<-ch
		panic("should not be reached")
	}()
	go func() {
		ch <- 0
		wg.Done()
		panic("should not be reached")
	}()
}

// pair starts a goroutine blocked on inner, which only the second goroutine
// can reach, once wait lets it go on.
func pair(wait chan int) {
	inner := make(chan int)
	go func() { <-inner }()
	go func() {
		<-wait
		inner <- 1
	}()
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
