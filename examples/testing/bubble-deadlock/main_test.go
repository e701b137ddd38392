// synctest.Test (Go 1.25) runs a test in a bubble, and fails it when the
// bubble still holds a blocked goroutine after the test's function has
// returned: here firstAnswer's slower mirror, blocked for ever on its send.
// The panic names the goroutines left in the bubble, each marked durable:
// only another goroutine of the bubble could wake it, and none is left.
// With room for both answers, the same test passes.
package bubbledeadlock

import (
	"testing"
	"testing/synctest"
)

// firstAnswer asks two mirrors and returns the first answer.
func firstAnswer(buffer int) string {
	answers := make(chan string, buffer)
	for _, mirror := range []string{"mirror A", "mirror B"} {
		go func() { answers <- mirror }()
	}
	return <-answers
}

func TestFirstAnswerBuffered(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		firstAnswer(2)
		t.Log("both mirrors can send: synctest.Test waits for them to return")
	})
}

func TestFirstAnswerUnbuffered(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		firstAnswer(0)
		t.Log("the slower mirror is still blocked on its send")
	})
}
