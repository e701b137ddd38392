// An error panic in another goroutine crashes the program while main waits; main's deferred calls do not run.
package main

import (
	"fmt"
	"sync"
)

type ParseError struct {
	Line int
	Msg  string
}

func (e ParseError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

func main() {
	defer fmt.Println("main's deferred call: never runs")
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer fmt.Println("worker's deferred call runs")
		panic(ParseError{12, "unexpected token\nnear 'x'"})
	}()
	wg.Wait()
	fmt.Println("not reached")
}
