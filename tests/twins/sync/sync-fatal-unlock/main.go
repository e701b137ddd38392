package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	rw.Lock()
	rw.Unlock()
	fmt.Println("locked and unlocked once")
	go func() { select {} }()
	rw.Unlock()
}
