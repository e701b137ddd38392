// A test that starts a goroutine gives it t.Context(), not
// context.Background(): the testing package cancels that context when the
// test ends, just before the Cleanup functions run, so the worker is told
// to stop and a cleanup can wait until it has. Cleanups run last in, first
// out, and they run even when the test stops early with t.Fatal.
package cleanup

import (
	"context"
	"testing"
)

// worker stands for code under test that runs until its context ends.
func worker(ctx context.Context, done chan<- struct{}) {
	defer close(done)
	<-ctx.Done()
}

func TestWorkerStopsWithTheTest(t *testing.T) {
	ctx := t.Context()
	done := make(chan struct{})
	go worker(ctx, done)

	t.Cleanup(func() {
		<-done // the context is cancelled by now, so the worker returns
		t.Log("cleanup 1 (registered first, runs last): the worker has returned")
	})
	t.Cleanup(func() {
		t.Log("cleanup 2 (registered last, runs first): ctx.Err() =", ctx.Err())
	})
	t.Log("the test's function returns; ctx.Err() =", ctx.Err())
}

func TestCleanupsRunAfterFatal(t *testing.T) {
	t.Cleanup(func() { t.Log("cleanup: runs although the test stopped early") })
	t.Fatal("config.json: no such file or directory")
	t.Log("never printed: Fatal ended the test's goroutine")
}
