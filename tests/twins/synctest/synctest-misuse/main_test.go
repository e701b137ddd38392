// Misuse of synctest and of a bubble's T panics with Go's messages: Wait outside a
// bubble, Test inside one, t.Run and t.Deadline on the bubble's T.
package misuse

import (
	"testing"
	"testing/synctest"
)

func try(t *testing.T, what string, f func()) {
	t.Helper()
	defer func() { t.Log(what+":", recover()) }()
	f()
}

func TestMisuse(t *testing.T) {
	try(t, "Wait outside a bubble", synctest.Wait)
	synctest.Test(t, func(t *testing.T) {
		try(t, "Test inside a bubble", func() { synctest.Test(t, func(*testing.T) {}) })
		try(t, "t.Run in a bubble", func() { t.Run("sub", func(*testing.T) {}) })
		try(t, "t.Deadline in a bubble", func() { t.Deadline() })
		t.Log("the bubble's T is named", t.Name())
	})
}
