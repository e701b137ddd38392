// runtime.Goexit is not a panic. A deferred recover() stops a panic and
// the goroutine carries on; during Goexit recover() returns nil, nothing
// is stopped, and the goroutine ends.
package main

import (
	"fmt"
	"runtime"
)

func guarded(name string, fail func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name+": recover() returned", r)
		} else {
			fmt.Println(name + ": recover() returned nil")
		}
	}()
	fail()
}

func main() {
	cases := []struct {
		name string
		fail func()
	}{
		{"with panic", func() { panic("boom") }},
		{"with Goexit", runtime.Goexit},
	}
	for _, c := range cases {
		done := make(chan struct{})
		go func() {
			defer close(done)
			guarded(c.name, c.fail)
			fmt.Println(c.name + ": the goroutine carries on")
		}()
		<-done
	}
}
