package main

import (
	"context"
	"fmt"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	ran := make(chan string, 2)
	stop1 := context.AfterFunc(ctx, func() { ran <- "first" })
	stop2 := context.AfterFunc(ctx, func() { ran <- "second" })
	fmt.Println("stop2 before cancel:", stop2(), "again:", stop2())
	cancel()
	fmt.Println(<-ran, "ran after cancel")
	fmt.Println("stop1 after it started:", stop1())
	done, cancelDone := context.WithCancel(context.Background())
	cancelDone()
	started := make(chan bool)
	stop3 := context.AfterFunc(done, func() { started <- true })
	<-started
	fmt.Println("a done context runs f at once; stop:", stop3())
	select {
	case v := <-ran:
		fmt.Println("unexpected", v)
	default:
		fmt.Println("the stopped one never ran")
	}
}
