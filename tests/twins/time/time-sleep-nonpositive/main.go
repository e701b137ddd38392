package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	time.Sleep(0)
	time.Sleep(-time.Hour)
	fmt.Println("Sleep(0) and Sleep(-1h) return at once:", time.Since(start) < time.Second)
	t := time.NewTimer(-time.Second)
	<-t.C
	fmt.Println("a negative timer fires at once")
	ch := time.After(0)
	<-ch
	fmt.Println("After(0) too")
	var d time.Duration
	fmt.Println("zero Duration:", d, d == 0)
}
