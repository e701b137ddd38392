// %p and %v of references: slices, maps, pointers, channels and funcs print addresses; nil ones print <nil> or 0x0.
package main

import "fmt"

type T struct{ A int }

func main() {
	s := []int{1}
	m := map[string]int{"a": 1}
	p := &T{1}
	ch := make(chan int)
	f := func() {}
	fmt.Printf("%p %p %p %p %p\n", s, m, p, ch, f)
	fmt.Printf("%v %v %v\n", ch, f, &s)
	fmt.Printf("%#v %#v\n", ch, p)
	fmt.Printf("%v %+v %#v\n", []*T{p}, map[string]*T{"k": p}, []*T{p})
	var np *T
	var nch chan int
	var nf func()
	fmt.Printf("%v %v %v\n", np, nch, nf)
	fmt.Printf("%t %v %v\n", p == p, s != nil, m != nil)
	fmt.Printf("%p|%v\n", 5, struct{ F func() }{f})
	fmt.Println(p, ch, f != nil)
	q := p
	fmt.Println(fmt.Sprintf("%p", p) == fmt.Sprintf("%p", q), fmt.Sprintf("%p", p) == fmt.Sprintf("%p", &T{1}))
	fmt.Printf("%10p|%-12p|\n", nil, nil)
}
