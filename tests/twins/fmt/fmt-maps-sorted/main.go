// Maps print with their keys sorted as internal/fmtsort sorts them, whatever order they were added in.
package main

import (
	"fmt"
	"math"
)

type key struct {
	A int
	B string
}

func main() {
	ints := map[int]string{10: "ten", 9: "nine", -1: "minus", 100: "hundred", 2: "two", 0: "zero"}
	strs := map[string]int{"b": 2, "a": 1, "B": 3, "aa": 4, "": 5, "é": 6, "Z": 7}
	floats := map[float64]string{2.5: "x", -1: "y", 0.1: "z", math.Inf(1): "inf", math.Inf(-1): "-inf", 10: "ten"}
	bools := map[bool]int{true: 1, false: 0}
	nested := map[string]map[string]int{"y": {"b": 2, "a": 1}, "x": {}}
	slices := map[string][]int{"k": {3, 1}, "j": nil}
	structs := map[key]int{{2, "a"}: 1, {1, "b"}: 2, {1, "a"}: 3}
	arrays := map[[2]int]string{{2, 1}: "c", {1, 2}: "a", {1, 1}: "b"}
	anys := map[any]int{3: 1, "a": 2, 1.5: 3, true: 4, "b": 5, 7: 6, false: 7, nil: 8}
	empty := map[string]int{}
	for _, m := range []any{ints, strs, floats, bools, nested, slices, structs, arrays, anys, empty} {
		fmt.Printf("%v\n%+v\n%#v\n%T\n", m, m, m, m)
	}
	fmt.Printf("%d|%x|%q|%5v|%s\n", ints, strs, strs, bools, ints)
	fmt.Println(ints, strs, len(strs))
	big := map[int]int{}
	for i := 20; i > 0; i-- {
		big[i*7%23] = i
	}
	fmt.Println(big)
	set := map[string]struct{}{"z": {}, "m": {}, "a": {}}
	fmt.Printf("%v %#v %T\n", set, set, set)
}
