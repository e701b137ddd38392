package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"strings"
	"time"
)

// SelectNoCasesMain from Go's runtime/testdata/testgoroutineleakprofile: main
// blocked in select {} is counted as leaked but not marked so in the listing,
// and the channel it holds does not keep the receiver from leaking.
func main() {
	prof := pprof.Lookup("goroutineleak")
	ch := make(chan int)
	go func() {
		<-ch
	}()
	go func() {
		settle()
		prof.WriteTo(os.Stdout, 2)
		fmt.Println()
		fmt.Println("leaked:", prof.Count())
		os.Exit(0)
	}()
	select {}
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
