// A fatal error in a deferred call while panicking also prints the panics in flight, their values as they are.
package main

import (
	"errors"
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	defer mu.Unlock()
	defer func() {
		panic(errors.New("second"))
	}()
	fmt.Println("about to panic")
	panic("first")
}
