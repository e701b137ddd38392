// Cleanups of a test and its subtests: each subtest's run when it is done (LIFO), its own
// context cancelled first while the parent's is still live; the parent's run after all
// its subtests; a panicking cleanup does not stop the others and is reported.
package cleanuporder

import (
	"context"
	"testing"
)

func TestCleanupOrder(t *testing.T) {
	parent := t.Context()
	t.Cleanup(func() { t.Log("parent cleanup A, parent ctx:", parent.Err()) })
	t.Run("sub", func(t *testing.T) {
		sub := t.Context()
		t.Cleanup(func() { t.Log("sub cleanup 1", sub.Err(), parent.Err()) })
		t.Cleanup(func() { t.Log("sub cleanup 2") })
		t.Log("sub body, ctx:", sub.Err(), sub == context.Background())
	})
	t.Cleanup(func() { t.Log("parent cleanup B") })
	t.Logf("multi\nline %d", 2)
}

func TestSkipAndError(t *testing.T) {
	t.Run("skipped", func(t *testing.T) {
		t.Cleanup(func() { t.Log("cleanup of a skipped test") })
		t.Skip("not today")
	})
	t.Run("errors", func(t *testing.T) {
		t.Error("first error, the test goes on")
		t.Errorf("second error: %d", 2)
		t.Log("failed so far:", t.Failed(), t.Name())
	})
	t.Run("name with spaces", func(t *testing.T) { t.Log(t.Name()) })
	t.Run("name with spaces", func(t *testing.T) { t.Log(t.Name()) })
}
