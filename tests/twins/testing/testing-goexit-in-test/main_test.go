// runtime.Goexit called by a test itself (not through FailNow) is reported as
// "test executed panic(nil) or runtime.Goexit"; a subtest's FailNow on its parent
// stops both; a test after them still runs.
package goexitintest

import (
	"runtime"
	"testing"
)

func TestParentFailNowFromSubtest(t *testing.T) {
	parent := t
	t.Run("sub", func(t *testing.T) {
		defer t.Log("sub's deferred call")
		parent.FailNow()
	})
	t.Log("never printed")
}

func TestNext(t *testing.T) {
	t.Log("still running")
}

func TestGoexit(t *testing.T) {
	defer t.Log("deferred before Goexit")
	runtime.Goexit()
}
