package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	defer func() { fmt.Println("never: fatal errors cannot be recovered", recover()) }()
	mu.Unlock()
}
