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

type account struct {
	mu    sync.Mutex
	owner *string
}

// From Go's runtime/testdata/testgoroutineleakprofile/simple.go: WaitGroup,
// RWMutexRLock, RWMutexLock and Cond, and a Mutex locked twice (in a struct
// with a pointer: Go's allocator packs a bare 8-byte Mutex with others, and
// then may miss it). Each primitive is reachable only from its own goroutine.
func main() {
	prof := pprof.Lookup("goroutineleak")
	go func() {
		var wg sync.WaitGroup
		wg.Add(1)
		wg.Wait()
		panic("should not be reached")
	}()
	go func() {
		mu := &sync.RWMutex{}
		mu.Lock()
		mu.RLock()
		panic("should not be reached")
	}()
	go func() {
		mu := &sync.RWMutex{}
		mu.Lock()
		mu.Lock()
		panic("should not be reached")
	}()
	go func() {
		cond := sync.NewCond(&sync.Mutex{})
		cond.L.Lock()
		cond.Wait()
		panic("should not be reached")
	}()
	go func() {
		a := &account{owner: new(string)}
		a.mu.Lock()
		a.mu.Lock()
		panic("should not be reached")
	}()
	settle()
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
