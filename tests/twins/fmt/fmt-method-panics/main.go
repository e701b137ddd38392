// A panic inside String, Error, Format or GoString is caught by fmt and printed as %!v(PANIC=String method: ...).
package main

import (
	"errors"
	"fmt"
)

type Bad struct{ N int }

func (b Bad) String() string {
	if b.N == 0 {
		panic("zero")
	}
	return fmt.Sprint("bad#", b.N)
}

type BadErr struct{}

func (BadErr) Error() string { panic(errors.New("error method failed")) }

type BadFmt struct{}

func (BadFmt) Format(f fmt.State, c rune) { panic(42) }

type BadGo struct{}

func (BadGo) GoString() string { panic(fmt.Sprintf("go%s", "string")) }

type Index struct{ s []int }

func (i Index) String() string { return fmt.Sprint(i.s[5]) }

func main() {
	fmt.Println(Bad{1}, Bad{0})
	fmt.Printf("%v|%s|%d|%q|%+v|%x\n", Bad{0}, Bad{0}, Bad{0}, Bad{0}, Bad{0}, Bad{2})
	fmt.Printf("[%10v] [%-10s]\n", Bad{0}, Bad{3})
	fmt.Println(BadErr{}, []any{BadErr{}, Bad{0}})
	fmt.Printf("%v|%d|%s\n", BadFmt{}, BadFmt{}, BadFmt{})
	fmt.Printf("%#v|%v\n", BadGo{}, BadGo{})
	fmt.Println(Index{[]int{1, 2, 3}})
	fmt.Println(map[string]Bad{"a": {0}, "b": {4}})
	s := fmt.Sprintf("%v and %v", Bad{0}, Bad{9})
	fmt.Println(len(s), s)
	fmt.Println("still running")
}
