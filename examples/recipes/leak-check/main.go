// A goroutine-leak check, as a test would do it without a library (uber-go
// /goleak does it with stack traces): count goroutines before, run the
// code, then poll for a while until the count is back, since goroutines
// take a moment to finish exiting. The leaky version takes the first of
// two answers and leaves the other sender blocked for ever on an
// unbuffered channel; the fixed one gives the channel room for both.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func firstAnswer(buffer int) string {
	answers := make(chan string, buffer)
	for _, mirror := range []string{"mirror A", "mirror B"} {
		go func() { answers <- mirror }()
	}
	return <-answers // the first answer wins; the other is not read
}

func checkLeaks(name string, f func()) {
	before := runtime.NumGoroutine()
	f()
	for i := 0; i < 200 && runtime.NumGoroutine() > before; i++ {
		time.Sleep(time.Millisecond)
	}
	if leaked := runtime.NumGoroutine() - before; leaked > 0 {
		fmt.Printf("%-11s %d goroutine(s) leaked\n", name+":", leaked)
	} else {
		fmt.Printf("%-11s no leak\n", name+":")
	}
}

func main() {
	checkLeaks("unbuffered", func() { firstAnswer(0) })
	checkLeaks("buffered", func() { firstAnswer(2) })
}
