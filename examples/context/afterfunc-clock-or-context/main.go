// time.AfterFunc and context.AfterFunc both run a function later, in a
// goroutine of its own, but they wait for different things. The timer
// waits for its clock and nothing else. The context's function runs when
// the context ends, by its deadline or by an early cancel: a cancel does
// not reach a timer, which has to be stopped on its own.
package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	ran := make(chan string)
	ctx, cancel := context.WithTimeout(context.Background(), time.Hour)
	timer := time.AfterFunc(time.Hour, func() { ran <- "timer: fired" })
	stop := context.AfterFunc(ctx, func() { ran <- "context func: " + ctx.Err().Error() })

	cancel() // the work is done an hour early
	fmt.Println(<-ran)
	fmt.Println("context func already started, stop:", stop())
	fmt.Println("timer still waiting, Stop:", timer.Stop())
}
