// testing.T's FailNow (and Fatal, which calls it) stops a test with
// runtime.Goexit: each test runs in a goroutine of its own, the test's
// deferred cleanups run, the code after the call does not, and the test
// runner goes on to the next test. An example is a main package, not a
// test, so this program imitates testing with a tiny T.
package main

import (
	"fmt"
	"runtime"
)

// T stands in for testing.T.
type T struct {
	failed bool
}

// Fatal prints msg, then stops the test with FailNow, as testing.T.Fatal does.
func (t *T) Fatal(msg string) {
	fmt.Println("    " + msg)
	t.FailNow()
}

// FailNow marks the test failed and ends its goroutine, as testing.T.FailNow does.
func (t *T) FailNow() {
	t.failed = true
	runtime.Goexit()
}

// runTest runs test in a new goroutine and waits for it, as testing's tRunner does.
func runTest(name string, test func(t *T)) {
	fmt.Println("=== RUN  ", name)
	t := &T{}
	done := make(chan struct{})
	go func() {
		defer close(done)
		test(t)
	}()
	<-done
	if t.failed {
		fmt.Println("--- FAIL:", name)
	} else {
		fmt.Println("--- PASS:", name)
	}
}

func TestOpen(t *T) {
	defer fmt.Println("    TestOpen: deferred cleanup runs")
	t.Fatal("open config.json: no such file or directory")
	fmt.Println("    TestOpen: after Fatal (never printed)")
}

func add(a, b int) int {
	return a + b
}

func TestAdd(t *T) {
	if got := add(2, 3); got != 5 {
		t.Fatal(fmt.Sprintf("add(2, 3) = %d, want 5", got))
	}
}

func main() {
	runTest("TestOpen", TestOpen)
	runTest("TestAdd", TestAdd)
}
