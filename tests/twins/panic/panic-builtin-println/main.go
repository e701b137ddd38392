// Go's built-in print and println write to standard error with the runtime's formatting, not fmt's.
package main

import (
	"errors"
	"fmt"
)

type T struct{ A int }

func main() {
	println(1.5, 1e6, 100.0, 1e21, 0.000001, -2.5, 1.0/3, 3, -7, true, false)
	println("text", "with\nnewline")
	var p *T
	q := &T{1}
	println(p, q != nil, q.A)
	s := []int{1, 2}
	println(len(s), s)
	var e error = errors.New("x")
	println(e != nil, e)
	m := map[string]int{}
	println(m)
	print("no", "spaces", 1, 2, true, "\n")
	print()
	println()
	fmt.Println("stdout line between")
	println("done", 'a', complex(1, -2))
}
