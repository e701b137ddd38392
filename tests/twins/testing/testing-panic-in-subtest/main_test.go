// A panic in a subtest: the test binary prints the --- FAIL lines of the subtest and its
// parents (cleanups run first), then the panic, and exits 2; go test prints FAIL.
package panicinsubtest

import "testing"

func TestFirst(t *testing.T) {
	t.Log("a passing test first")
}

func TestPanics(t *testing.T) {
	t.Cleanup(func() { t.Log("parent cleanup") })
	t.Run("boom", func(t *testing.T) {
		t.Cleanup(func() { t.Log("sub cleanup") })
		t.Log("about to panic")
		panic("boom")
	})
}
