// time.AfterFunc calls f in a goroutine of its own once the duration has
// passed. Stop before then cancels the call and reports true; Stop once f
// has started reports false and does not wait for f to finish; Reset arms
// the timer again. The Timer it returns has no channel: t.C is nil.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.AfterFunc(time.Hour, func() { fmt.Println("never printed") })
	fmt.Println("stop before it fires:", t.Stop())
	fmt.Println("stop it again:", t.Stop())
	fmt.Println("its channel is nil:", t.C == nil)

	started, release, finished := make(chan struct{}), make(chan struct{}), make(chan struct{})
	t = time.AfterFunc(10*time.Millisecond, func() {
		close(started)
		<-release // f is still running while main calls Stop
		fmt.Println("f: finished")
		close(finished)
	})
	<-started
	fmt.Println("stop while f runs:", t.Stop())
	close(release)
	<-finished

	fired := make(chan string)
	t = time.AfterFunc(10*time.Millisecond, func() { fired <- "f: fired" })
	fmt.Println(<-fired)
	fmt.Println("reset after it fired:", t.Reset(10*time.Millisecond))
	fmt.Println(<-fired, "again")
}
