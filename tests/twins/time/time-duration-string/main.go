package main

import (
	"fmt"
	"math"
	"time"
)

func main() {
	ds := []time.Duration{
		0, 1, 999, time.Microsecond, 1500, 999999, 1500 * time.Microsecond, 3 * time.Millisecond,
		time.Second, 1500 * time.Millisecond, 90 * time.Second, time.Hour, time.Hour + 2*time.Minute + 3*time.Second,
		100*time.Hour + 7, -1500, -time.Second, -90 * time.Minute, math.MaxInt64, math.MinInt64,
	}
	for _, d := range ds {
		fmt.Println(d)
		fmt.Printf("%v|%s|%d|%12v|%-12v|\n", d, d, d, d, d)
	}
	fmt.Println(ds[:4])
	fmt.Println(time.Duration(1500).String() + "!")
}
