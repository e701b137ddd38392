// A leak check a test calls first: it counts goroutines now, and a Cleanup
// counts them again once the test is over, polling for a while, since a
// goroutine that is exiting takes a moment to be gone. Both are marked
// t.Helper, so a failure names the test's line, not the helper's.
package leakcheck

import (
	"runtime"
	"testing"
	"time"
)

func checkNoLeak(t *testing.T) {
	t.Helper()
	before := runtime.NumGoroutine()
	t.Cleanup(func() {
		t.Helper()
		for i := 0; i < 1000 && runtime.NumGoroutine() > before; i++ {
			time.Sleep(time.Millisecond)
		}
		if n := runtime.NumGoroutine() - before; n > 0 {
			t.Errorf("%d goroutine(s) still running after the test", n)
		}
	})
}

// firstAnswer asks two mirrors and returns the first answer.
func firstAnswer(buffer int) string {
	answers := make(chan string, buffer)
	for _, mirror := range []string{"mirror A", "mirror B"} {
		go func() { answers <- mirror }()
	}
	return <-answers // the other answer is never read
}

func TestFirstAnswerUnbuffered(t *testing.T) {
	checkNoLeak(t)
	firstAnswer(0) // the slower mirror blocks for ever on its send
}

func TestFirstAnswerBuffered(t *testing.T) {
	checkNoLeak(t)
	firstAnswer(2) // room for both answers: both mirrors return
}
