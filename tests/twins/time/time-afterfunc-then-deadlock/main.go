package main

import (
	"fmt"
	"sync"
	"time"
)

// The pending AfterFunc delays the deadlock report; once it has run (and
// unblocked nobody), every goroutine is asleep.
func main() {
	var mu sync.Mutex
	mu.Lock()
	ch := make(chan int)
	go func() { mu.Lock(); ch <- 1 }()
	time.AfterFunc(10*time.Millisecond, func() { fmt.Println("AfterFunc ran") })
	<-ch
}
