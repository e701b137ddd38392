package main

import (
	"fmt"
	"math"
	"time"
)

func main() {
	d := 1500 * time.Millisecond
	fmt.Println(d*2, d/3, d%time.Second, -d, d+time.Millisecond, d-2*time.Second)
	fmt.Println(d/time.Millisecond, time.Second/d, (-d)/time.Second, (-d)%time.Second)
	n := 4
	fmt.Println(time.Duration(n)*time.Second, d*time.Duration(n), time.Minute/time.Duration(n))
	maxD, minD := time.Duration(math.MaxInt64), time.Duration(math.MinInt64)
	fmt.Println(maxD+1, minD-1, maxD*2)
	secs := 2.5
	fmt.Println(time.Duration(secs*float64(time.Second)), float64(d)/float64(time.Second), int64(d))
	var total time.Duration
	for i := 1; i <= 3; i++ {
		total += time.Duration(i) * 250 * time.Millisecond
	}
	fmt.Println(total, total > time.Second, total == 1500*time.Millisecond)
}
