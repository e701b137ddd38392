// Nothing after runtime.Goexit runs: not the next statement, not the
// remaining loop iterations, and the function never returns its result.
package main

import (
	"fmt"
	"runtime"
)

func lookup(key string) int {
	defer fmt.Println("lookup: deferred call runs")
	if key == "" {
		runtime.Goexit()
	}
	return len(key)
}

func main() {
	done := make(chan struct{})
	go func() {
		defer close(done)
		for _, key := range []string{"a", "bb", "", "dddd"} {
			n := lookup(key)
			fmt.Printf("lookup(%q) = %d\n", key, n)
		}
		fmt.Println("loop finished (never printed)")
	}()
	<-done
	fmt.Println("main: the loop ended at the empty key")
}
