package main

import (
	"context"
	"fmt"
	"strings"
	"time"
)

// The name of a deadline context shows the deadline and, in brackets, the
// time left (time.Until): a fixed date prints the same every run; the time
// left is checked, not printed.
func main() {
	past := time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC)
	ctx, cancel := context.WithDeadline(context.Background(), past)
	defer cancel()
	s := ctx.(fmt.Stringer).String()
	head, rest, _ := strings.Cut(s, " [")
	fmt.Println(head)
	left, err := time.ParseDuration(strings.TrimSuffix(rest, "])"))
	fmt.Println("time left is negative:", left < 0, err, ctx.Err())
	future := time.Date(2100, time.January, 1, 0, 0, 0, 500, time.FixedZone("EST", -5*3600))
	ctx2, cancel2 := context.WithDeadline(context.Background(), future)
	defer cancel2()
	head2, rest2, _ := strings.Cut(fmt.Sprint(ctx2), " [")
	fmt.Println(head2)
	left2, _ := time.ParseDuration(strings.TrimSuffix(rest2, "])"))
	fmt.Println("time left is positive:", left2 > 0, ctx2.Err())
	d, ok := ctx2.Deadline()
	fmt.Println(d, ok)
	child, cancel3 := context.WithDeadline(ctx2, future.Add(time.Hour))
	defer cancel3()
	fmt.Println("a later deadline gives WithCancel:", strings.HasSuffix(fmt.Sprint(child), ".WithCancel"))
	bd, bok := context.Background().Deadline()
	fmt.Println("no deadline:", bd, bok, bd.IsZero())
}
