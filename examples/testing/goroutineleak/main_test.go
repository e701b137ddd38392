//go:build go1.27 || goexperiment.goroutineleakprofile

// A leak check with the goroutineleak profile: a test calls it first, it notes
// the goroutines the profile finds leaked now, and a Cleanup writes the profile
// again once the test is over and reports each goroutine newly leaked. The
// build line keeps the file to the releases that have the profile.
package leakprofile

import (
	"runtime"
	"runtime/pprof"
	"slices"
	"strings"
	"testing"
	"time"
)

func checkNoLeak(t *testing.T) {
	t.Helper()
	before := leaked(t)
	t.Cleanup(func() {
		t.Helper()
		waitBlocked()
		for _, g := range leaked(t) {
			if !slices.Contains(before, g) {
				t.Errorf("leaked: %s", g)
			}
		}
	})
}

// leaked writes the goroutineleak profile, which runs the detection, and returns
// the header of each goroutine it marks, such as "goroutine 7 [chan send (leaked)]:".
func leaked(t *testing.T) []string {
	t.Helper()
	var b strings.Builder
	if err := pprof.Lookup("goroutineleak").WriteTo(&b, 2); err != nil {
		t.Fatal(err)
	}
	var found []string
	for _, line := range strings.Split(b.String(), "\n") {
		if strings.HasSuffix(line, " (leaked)]:") {
			found = append(found, line)
		}
	}
	return found
}

// waitBlocked waits until every goroutine but the caller is blocked, where the
// profile can see it: a goroutine still on its way to a channel is not a leak yet.
func waitBlocked() {
	buf := make([]byte, 1<<20)
	for {
		s := string(buf[:runtime.Stack(buf, true)])
		if strings.Count(s, " [running]:")+strings.Count(s, " [runnable]:") == 1 {
			return
		}
		time.Sleep(time.Millisecond)
	}
}

// firstAnswer asks two mirrors and returns the first answer.
func firstAnswer(buffer int) string {
	answers := make(chan string, buffer)
	for _, mirror := range []string{"mirror A", "mirror B"} {
		go ask(mirror, answers)
	}
	return <-answers // the other answer is never read
}

func ask(mirror string, answers chan<- string) {
	answers <- "answer from " + mirror
}

func TestFirstAnswerUnbuffered(t *testing.T) {
	checkNoLeak(t)
	firstAnswer(0) // the slower mirror blocks for ever on a channel nobody else has
}

func TestFirstAnswerBuffered(t *testing.T) {
	checkNoLeak(t)
	firstAnswer(2) // room for both answers: both mirrors return
}

var requests = make(chan string) // a package variable: reachable for as long as the program runs

func TestPackageVariable(t *testing.T) {
	checkNoLeak(t)
	go func() { requests <- "ping" }() // blocks for ever too, but the profile cannot tell
}
