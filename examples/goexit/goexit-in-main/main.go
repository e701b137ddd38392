// runtime.Goexit in main ends the main goroutine only: main's deferred
// calls run, and the other goroutines go on. The program cannot end
// normally any more (it ends when main returns), so when the last
// goroutine finishes, the runtime stops it with a fatal error, status 2.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	mainGone := make(chan struct{})
	go func() {
		<-mainGone
		for i := 1; i <= 3; i++ {
			fmt.Println("worker: step", i)
		}
		fmt.Println("worker: done")
	}()
	defer close(mainGone)
	defer fmt.Println("main: deferred call runs")
	runtime.Goexit()
	fmt.Println("main: after Goexit (never printed)")
}
