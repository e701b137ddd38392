// A recovered run-time error shows [recovered] when a deferred call then dereferences nil; the signal line follows.
package main

import "fmt"

type T struct{ A int }

func main() {
	defer func() {
		r := recover()
		fmt.Printf("%v|%T\n", r, r)
		var p *T
		fmt.Println(p.A)
	}()
	s := []int{1, 2, 3}
	i := 5
	fmt.Println(s[i])
}
