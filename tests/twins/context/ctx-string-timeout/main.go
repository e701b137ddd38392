package main

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"time"
)

// WithTimeout's deadline is time.Now().Add(timeout): it has a monotonic
// reading, printed as m=+seconds. The shape is checked, not the digits.
func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 1500*time.Millisecond)
	defer cancel()
	s := fmt.Sprint(ctx)
	shape := regexp.MustCompile(`^context\.Background\.WithDeadline\(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)? [+-]\d{4} \S+ m=\+\d+\.\d{9} \[(.*)\]\)$`)
	m := shape.FindStringSubmatch(s)
	fmt.Println("shape matches:", m != nil)
	left, err := time.ParseDuration(m[2])
	fmt.Println("time left:", left > time.Second, left <= 1500*time.Millisecond, err)
	d, ok := ctx.Deadline()
	fmt.Println("deadline within 1.5s:", ok, time.Until(d) <= 1500*time.Millisecond)
	fmt.Println(strings.Contains(d.String(), " m=+"), strings.Contains(d.Round(0).String(), " m="))
	cancel()
	fmt.Println(ctx.Err())
}
