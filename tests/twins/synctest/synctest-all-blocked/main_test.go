// A bubble whose test function itself blocks for ever on a channel of the bubble:
// every goroutine of the bubble is durably blocked, no timer is left, so Test
// panics with "all goroutines in bubble are blocked" and lists them.
package allblocked

import (
	"testing"
	"testing/synctest"
)

func TestBlocksForEver(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		never := make(chan int)
		t.Log("receiving from a channel nobody sends on")
		<-never
	})
}
