// Fake time in a bubble: sleepers wake in the order of their deadlines, an AfterFunc
// runs at its time in the bubble, a stopped timer never fires, a Reset one fires at
// its new time, a Ticker ticks on the fake clock, a WithDeadline context's AfterFunc
// runs at the deadline, and synctest.Sleep is Sleep then Wait.
package timers

import (
	"context"
	"sync"
	"testing"
	"testing/synctest"
	"time"
)

func TestFakeClock(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		start := time.Now()
		since := func() time.Duration { return time.Since(start) }
		var wg sync.WaitGroup
		for _, d := range []time.Duration{3 * time.Second, time.Second, 2 * time.Second} {
			wg.Go(func() {
				time.Sleep(d)
				t.Log("slept", d, "woke at", since())
			})
		}
		wg.Wait()
		t.Log("all sleepers done at", since())

		fired := make(chan time.Duration, 1)
		time.AfterFunc(time.Minute, func() { fired <- since() })
		t.Log("AfterFunc ran at", <-fired)

		stopped := time.NewTimer(time.Second)
		t.Log("Stop:", stopped.Stop())
		reset := time.NewTimer(time.Hour)
		reset.Reset(10 * time.Millisecond)
		<-reset.C
		t.Log("reset timer fired at", since())

		tk := time.NewTicker(250 * time.Millisecond)
		for range 3 {
			<-tk.C
		}
		tk.Stop()
		t.Log("three ticks by", since())

		ctx, cancel := context.WithDeadline(t.Context(), start.Add(2*time.Hour))
		defer cancel()
		done := make(chan struct{})
		context.AfterFunc(ctx, func() {
			t.Log("context AfterFunc at", since(), context.Cause(ctx))
			close(done)
		})
		<-done
		synctest.Sleep(time.Millisecond)
		t.Log("after synctest.Sleep:", since(), "stopped timer's channel empty:", len(stopped.C) == 0)
	})
}
