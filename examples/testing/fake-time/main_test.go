// Inside a synctest bubble time is fake: the clock starts at midnight UTC,
// 2000-01-01, and moves only when every goroutine of the bubble is durably
// blocked, straight to the next timer. So a 5-second timeout is tested at
// once, and exactly. synctest.Wait returns when every other goroutine of
// the bubble is durably blocked: the moment to look at what they did.
package faketime

import (
	"context"
	"testing"
	"testing/synctest"
	"time"
)

// fetch stands for a call to a server that answers after delay, unless ctx ends first.
func fetch(ctx context.Context, delay time.Duration) (string, error) {
	select {
	case <-time.After(delay):
		return "response", nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

func TestFetchTimesOut(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		start := time.Now()
		t.Log("the bubble's clock starts at", start.UTC())
		ctx, cancel := context.WithTimeout(t.Context(), 5*time.Second)
		defer cancel()
		_, err := fetch(ctx, 10*time.Second)
		t.Log("fetch:", err, "after", time.Since(start))
	})
}

func TestFetchInTime(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		start := time.Now()
		ctx, cancel := context.WithTimeout(t.Context(), 5*time.Second)
		defer cancel()
		resp, err := fetch(ctx, 2*time.Second)
		t.Log("fetch:", resp, err, "after", time.Since(start))
	})
}

func TestWaitForTheWorker(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ctx, cancel := context.WithCancel(t.Context())
		stopped := false
		go func() {
			<-ctx.Done()
			stopped = true
		}()
		synctest.Wait()
		t.Log("before cancel: stopped =", stopped)
		cancel()
		synctest.Wait() // the worker has run and returned
		t.Log("after cancel and Wait: stopped =", stopped)
	})
}
