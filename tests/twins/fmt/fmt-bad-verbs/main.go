// What print.go writes for a wrong verb, a missing or extra operand, nil, and booleans.
package main

import (
	"errors"
	"fmt"
)

type point struct {
	X, Y int
}

func main() {
	fmt.Printf("%d|%s|%x|%t|%c|%e\n", "str", 5, true, 3, 2.5, "e")
	fmt.Printf("%d|%s|%q|%v|%T|%t|%p|%x\n", nil, nil, nil, nil, nil, nil, nil, nil)
	fmt.Printf("%t|%v|%5t|%-7t|%q|%d|%s\n", true, false, true, false, true, false, true)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%s\n", "a", "b", 3, nil, 4.5, true, []int{1})
	fmt.Printf("no verbs\n", 1)
	fmt.Printf("%!|%z|%ä|%\n", 1, 2)
	fmt.Printf("%")
	fmt.Println()
	fmt.Printf("%-")
	fmt.Println()
	fmt.Printf("%.")
	fmt.Println()
	fmt.Printf("%d %v %s\n", point{1, 2}, point{3, 4}, point{5, 6})
	fmt.Printf("%s|%d|%x\n", []int{1, 2}, []string{"a"}, []bool{true})
	fmt.Printf("%d|%s\n", map[string]int{"a": 1}, map[int]bool{1: true})
	fmt.Printf("%s|%d|%v\n", errors.New("boom"), errors.New("boom"), errors.New("boom"))
	fmt.Printf("%w\n", errors.New("not in Errorf"))
	fmt.Printf("%w|%w\n", 5, "x")
	fmt.Printf("%p\n", 5)
	fmt.Printf("%.2d|%.3s|%8.2q|%x\n", "s", 42, 3.5, 1.5)
	fmt.Printf("%!d(string=s)\n")
	fmt.Printf("%v %v %v\n", true, nil, []any{nil, 1, "a", nil})
	fmt.Printf("%d %s\n", []any{nil, 1}, []any{nil, "x"})
	fmt.Printf("%5v|%-5v|%5d\n", nil, nil, nil)
	fmt.Printf("%%|%5%|%-5%|%d%%\n", 7)
	fmt.Println(nil, true, false, []any{nil})
}
