// t.Fatal in a subtest stops the subtest only: FailNow ends the goroutine
// that t.Run started for it with runtime.Goexit, its deferred calls run,
// and t.Run returns false to the parent, which goes on. The parent fails
// with its subtest.
package failnow

import "testing"

func TestParentGoesOn(t *testing.T) {
	ok := t.Run("open", func(t *testing.T) {
		defer func() { t.Log("deferred: runs as Goexit unwinds the subtest") }()
		t.Fatal("open config.json: no such file or directory")
		t.Log("never printed")
	})
	t.Log("t.Run returned", ok, "and the parent goes on")
	t.Run("parse", func(t *testing.T) {
		t.Log("the next subtest runs too")
	})
}
