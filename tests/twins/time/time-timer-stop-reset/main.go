package main

import (
	"fmt"
	"time"
)

func drained(c <-chan time.Time) string {
	select {
	case <-c:
		return "a stale value"
	default:
		return "nothing"
	}
}

func main() {
	t := time.NewTimer(time.Hour)
	fmt.Println("len, cap:", len(t.C), cap(t.C))
	fmt.Println("Stop active:", t.Stop())
	fmt.Println("Stop again:", t.Stop())
	fmt.Println("Reset stopped:", t.Reset(time.Millisecond))
	<-t.C
	fmt.Println("received")
	fmt.Println("Stop after receive:", t.Stop())
	fmt.Println("Reset after receive:", t.Reset(time.Millisecond))
	time.Sleep(5 * time.Millisecond)
	fmt.Println("len after expiry:", len(t.C))
	fmt.Println("Stop expired, not received:", t.Stop())
	fmt.Println("then receive finds", drained(t.C))
	t.Reset(time.Millisecond)
	time.Sleep(5 * time.Millisecond)
	fmt.Println("Reset expired, not received:", t.Reset(time.Hour))
	fmt.Println("then receive finds", drained(t.C))
	fmt.Println("Stop:", t.Stop())
}
