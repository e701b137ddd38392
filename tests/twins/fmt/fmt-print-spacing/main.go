// Print and Sprint put a space between operands only when neither is a string; Println always does.
package main

import (
	"errors"
	"fmt"
)

type Name string
type Num int

func main() {
	fmt.Print("a", "b", 1, 2, "c", 3.5, true, "d", nil, nil, "\n")
	fmt.Print(1, 2, 3, "\n")
	fmt.Print("x", 1, "y", 2, "\n")
	fmt.Print(Name("n"), Num(1), Num(2), Name("m"), "\n")
	fmt.Print([]int{1}, []int{2}, "s", []string{"t"}, "\n")
	fmt.Print(errors.New("e1"), errors.New("e2"), "\n")
	fmt.Print()
	fmt.Print("")
	fmt.Print("\n")
	fmt.Println()
	fmt.Println("a", "b", 1, 2, nil, "")
	fmt.Println("", "")
	s := fmt.Sprint(1, 2, "three", 4, 5, "six", "seven")
	fmt.Println(s, len(s))
	s = fmt.Sprintln("x", 1, true)
	fmt.Printf("%q\n", s)
	fmt.Printf("%q\n", fmt.Sprint())
	fmt.Printf("%q\n", fmt.Sprintln())
	n, err := fmt.Println("count", "me")
	fmt.Println(n, err)
	n, err = fmt.Print("héllo\n")
	fmt.Println(n, err)
	n, err = fmt.Printf("%d-%d\n", 1, 2)
	fmt.Println(n, err)
	b := fmt.Append([]byte("pre:"), 1, 2, "x")
	b = fmt.Appendf(b, "|%03d", 7)
	b = fmt.Appendln(b, "end", 1)
	fmt.Printf("%q\n", b)
}
