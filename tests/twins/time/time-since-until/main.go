package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	time.Sleep(5 * time.Millisecond)
	elapsed := time.Since(start)
	fmt.Println("slept at least 5ms:", elapsed >= 5*time.Millisecond, elapsed < time.Second)
	deadline := start.Add(time.Hour)
	left := time.Until(deadline)
	fmt.Println("until:", left > 59*time.Minute, left <= time.Hour)
	fmt.Println("sub:", deadline.Sub(start), start.Sub(deadline))
	fmt.Println("before/after/equal:", start.Before(deadline), start.After(deadline), start.Add(time.Hour).Equal(deadline))
	fmt.Println("compare:", start.Compare(deadline), deadline.Compare(start), start.Compare(start))
	later := time.Now()
	fmt.Println("monotonic order:", later.After(start), !later.Before(start))
	var zero time.Time
	fmt.Println("zero:", zero.IsZero(), start.IsZero(), zero)
	fmt.Println("round(0) keeps the instant:", start.Round(0).Equal(start))
	fmt.Println(time.Since(start.Add(-time.Minute)) > time.Minute)
}
