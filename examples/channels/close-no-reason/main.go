// close carries no value: a receiver learns that the channel is closed,
// never why. A producer that finished and one that failed close the same
// way. To say why, send the reason as a value before closing (or use a
// context, whose Cause carries it).
package main

import (
	"errors"
	"fmt"
)

// result is one line, or the reason the producer stopped.
type result struct {
	line string
	err  error
}

func produce(out chan<- result, fail bool) {
	defer close(out)
	out <- result{line: "alpha"}
	if fail {
		out <- result{err: errors.New("read input: disk full")}
		return
	}
	out <- result{line: "beta"}
}

func consume(name string, fail bool) {
	results := make(chan result)
	go produce(results, fail)
	for r := range results {
		if r.err != nil {
			fmt.Println(name+": producer failed:", r.err)
			continue
		}
		fmt.Println(name+": got", r.line)
	}
	fmt.Println(name + ": closed")
}

func main() {
	consume("run 1", false)
	consume("run 2", true)
}
