// testing.T's FailNow must be called from the test's own goroutine, for
// runtime.Goexit ends the goroutine that calls it. Called from a goroutine
// the test started, it ends that goroutine only: the test carries on past
// the failure. This program imitates testing with a tiny T.
package main

import (
	"fmt"
	"runtime"
)

// T stands in for testing.T.
type T struct {
	failed bool
}

// FailNow marks the test failed and ends the calling goroutine, as testing.T.FailNow does.
func (t *T) FailNow() {
	t.failed = true
	runtime.Goexit()
}

func TestFetch(t *T) {
	done := make(chan struct{})
	go func() {
		defer close(done)
		fmt.Println("    helper goroutine: fetch failed, calling t.FailNow")
		t.FailNow() // wrong goroutine: ends the helper, not the test
	}()
	<-done
	fmt.Println("    TestFetch: still running after FailNow")
}

func main() {
	t := &T{}
	done := make(chan struct{})
	go func() {
		defer close(done)
		TestFetch(t)
	}()
	<-done
	if t.failed {
		fmt.Println("--- FAIL: TestFetch (but it ran to the end)")
	}
}
