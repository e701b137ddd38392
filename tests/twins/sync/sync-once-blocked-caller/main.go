package main

import (
	"fmt"
	"sync"
)

// A second Do waits for the first f to return: on the Once's mutex.
func main() {
	var once sync.Once
	inF := make(chan bool)
	never := make(chan bool)
	go once.Do(func() { inF <- true; <-never })
	<-inF
	go once.Do(func() { fmt.Println("never") })
	fmt.Println("main calls Do too")
	once.Do(func() {})
}
