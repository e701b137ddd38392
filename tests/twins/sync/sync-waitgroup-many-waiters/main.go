package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	released := make(chan int, 3)
	for i := 0; i < 3; i++ {
		go func() {
			wg.Wait()
			released <- i
		}()
	}
	fmt.Println("three goroutines wait; Done releases all of them")
	wg.Done()
	sum := 0
	for i := 0; i < 3; i++ {
		sum += <-released
	}
	fmt.Println("released:", sum)
	wg.Wait()
	fmt.Println("Wait on a zero counter returns at once")
	wg.Add(2)
	wg.Done()
	wg.Done()
	wg.Wait()
	fmt.Println("reused after every Wait returned")
}
