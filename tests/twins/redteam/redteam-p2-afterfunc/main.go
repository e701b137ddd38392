// context.AfterFunc runs a function in its own goroutine once the context is done; stop prevents it.
package main

import (
	"context"
	"fmt"
	"sync"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Add(1)
	stop1 := context.AfterFunc(ctx, func() {
		defer wg.Done()
		fmt.Println("cleanup ran:", ctx.Err())
	})
	ctx2, cancel2 := context.WithCancel(context.Background())
	stop2 := context.AfterFunc(ctx2, func() {
		fmt.Println("never printed")
	})
	fmt.Println("stop2:", stop2())
	cancel()
	cancel2()
	wg.Wait()
	fmt.Println("stop1 after it ran:", stop1())
	fmt.Println("stop2 again:", stop2())
}
