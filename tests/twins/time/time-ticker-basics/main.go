package main

import (
	"fmt"
	"time"
)

func main() {
	tk := time.NewTicker(2 * time.Millisecond)
	fmt.Println("len, cap:", len(tk.C), cap(tk.C))
	n := 0
	for range tk.C {
		n++
		if n == 3 {
			break
		}
	}
	fmt.Println("ticks:", n)
	time.Sleep(10 * time.Millisecond)
	fmt.Println("len with a tick due:", len(tk.C))
	tk.Stop()
	select {
	case <-tk.C:
		fmt.Println("a stale tick")
	default:
		fmt.Println("no tick after Stop")
	}
	tk.Reset(time.Millisecond)
	<-tk.C
	fmt.Println("ticking again after Reset")
	tk.Reset(time.Hour)
	select {
	case <-tk.C:
		fmt.Println("a stale tick")
	default:
		fmt.Println("no stale tick after Reset")
	}
	tk.Stop()
	fmt.Println(time.Tick(0) == nil, time.Tick(-time.Second) == nil)
	c := time.After(time.Millisecond)
	fmt.Println("After len, cap:", len(c), cap(c))
	<-c
	fmt.Println("After fired")
}
