package main

import (
	"fmt"
	"runtime"
	"time"
)

// With main gone, a goroutine that sleeps keeps the program alive; the
// AfterFunc it arms does too; when the last goroutine ends: no goroutines.
func main() {
	go func() {
		time.Sleep(5 * time.Millisecond)
		fmt.Println("sleeper wakes and arms an AfterFunc")
		time.AfterFunc(5*time.Millisecond, func() { fmt.Println("AfterFunc runs last") })
	}()
	runtime.Goexit()
}
