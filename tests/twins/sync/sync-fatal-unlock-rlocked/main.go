package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	rw.RLock()
	fmt.Println("read-locked; now Unlock, which is for writers")
	rw.Unlock()
}
