package main

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"time"
)

func settle(want int) int {
	for runtime.NumGoroutine() != want {
		runtime.Gosched()
	}
	return runtime.NumGoroutine()
}

func main() {
	fmt.Println("main alone:", runtime.NumGoroutine())
	stop := make(chan bool)
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() { defer wg.Done(); <-stop }()
	}
	fmt.Println("three blocked:", runtime.NumGoroutine())
	close(stop)
	wg.Wait()
	fmt.Println("after they end:", settle(1))
	t := time.AfterFunc(time.Hour, func() {})
	fmt.Println("a pending AfterFunc is not a goroutine:", runtime.NumGoroutine())
	t.Stop()
	ran := make(chan bool)
	release := make(chan bool)
	time.AfterFunc(time.Millisecond, func() { ran <- true; <-release })
	<-ran
	fmt.Println("while its function runs:", runtime.NumGoroutine())
	close(release)
	fmt.Println("after:", settle(1))
	ctx, cancel := context.WithTimeout(context.Background(), time.Hour)
	fmt.Println("a context deadline is not a goroutine:", runtime.NumGoroutine())
	cancel()
	<-ctx.Done()
	stopAF := context.AfterFunc(ctx, func() {})
	_ = stopAF
	fmt.Println("AfterFunc of a done context runs and ends:", settle(1))
}
