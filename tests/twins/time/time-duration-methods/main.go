package main

import (
	"fmt"
	"math"
	"time"
)

func main() {
	ds := []time.Duration{1500 * time.Millisecond, 90 * time.Second, time.Hour + 2*time.Minute + 3*time.Second, 1500 * time.Microsecond, -1500, 999}
	for _, d := range ds {
		fmt.Println(d, d.Hours(), d.Minutes(), d.Seconds())
		fmt.Println(d, d.Milliseconds(), d.Microseconds(), d.Nanoseconds(), d.Abs())
	}
	fmt.Println(time.Duration(math.MinInt64).Abs(), time.Duration(-1).Abs())
	d := 1500 * time.Millisecond
	fmt.Println(d.Round(time.Second), d.Truncate(time.Second), d.Round(0), d.Truncate(-1))
	fmt.Println((2500 * time.Millisecond).Round(time.Second), (-2500 * time.Millisecond).Round(time.Second))
	fmt.Println((-1500 * time.Millisecond).Truncate(time.Second), (1499 * time.Millisecond).Round(time.Second))
	fmt.Println(time.Duration(math.MaxInt64).Round(time.Hour), time.Duration(math.MinInt64).Round(time.Hour))
	fmt.Println((time.Hour + 29*time.Minute).Round(time.Hour), (time.Hour + 30*time.Minute).Round(time.Hour))
	fmt.Println((1234567 * time.Microsecond).Round(time.Millisecond), (1234567 * time.Microsecond).Truncate(10*time.Millisecond))
}
