// Run-time errors are recoverable panics whose value is a runtime.Error with Go's message.
package main

import (
	"errors"
	"fmt"
	"runtime"
)

type Node struct {
	Val  int
	Next *Node
}

func try(name string, f func()) {
	defer func() {
		r := recover()
		err, isErr := r.(error)
		_, isRuntime := r.(runtime.Error)
		fmt.Printf("%s: %v | %T | error=%v runtime.Error=%v\n", name, r, r, isErr, isRuntime)
		if isErr {
			fmt.Printf("  Error() = %q\n", err.Error())
			var re runtime.Error
			fmt.Println("  errors.As:", errors.As(err, &re))
		}
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	i, j := 5, 3
	try("index", func() { fmt.Println(s[i]) })
	try("index at len", func() { fmt.Println(s[j]) })
	try("index on assignment", func() { s[i] = 1 })
	str := "abc"
	try("string index", func() { fmt.Println(str[i]) })
	var empty []string
	try("nil slice index", func() { fmt.Println(empty[0]) })
	var n *Node
	try("nil pointer field", func() { fmt.Println(n.Val) })
	head := &Node{1, nil}
	try("nil pointer chain", func() { fmt.Println(head.Next.Val) })
	var f func()
	try("nil func call", func() { f() })
	var m map[string]int
	try("nil map write", func() { m["k"] = 1 })
	fmt.Println("nil map read:", m["k"], len(m))
	zero := 0
	try("divide", func() { fmt.Println(10 / zero) })
	try("modulo", func() { fmt.Println(10 % zero) })
	grid := [][]int{{1, 2}, {3}}
	try("nested index", func() { fmt.Println(grid[1][1]) })
	k := 2
	try("computed index", func() { fmt.Println(s[k*2+1]) })
	try("plain panic", func() { panic("not a runtime error") })
	fmt.Println("all recovered")
}
