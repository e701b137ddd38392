// Slices and arrays with every verb: flags apply to each element; []byte is special for %s %q %x.
package main

import "fmt"

func main() {
	ints := []int{1, -2, 30, 255}
	strs := []string{"a", "b c", "", "日本"}
	floats := []float64{1.5, 1e6, 0.1, -2}
	nested := [][]int{{1, 2}, {}, {3}}
	anys := []any{1, "two", 3.0, nil, true, []int{4}}
	arr := [3]int{7, 8, 9}
	empty := []string{}
	bs := []byte("hi\x00\xff")
	for _, v := range []any{ints, strs, floats, nested, anys, arr, empty} {
		fmt.Printf("%v|%+v|%#v|%T\n", v, v, v, v)
		fmt.Printf("%d|%s|%q|%x|%X|%5v|%-4v|%06.2f\n", v, v, v, v, v, v, v, v)
	}
	fmt.Printf("%v|%d|%s|%q|%x|%X|% x|%#x|%# x|%#v|%T\n", bs, bs, bs, bs, bs, bs, bs, bs, bs, bs, bs)
	fmt.Printf("%10s|%-10x|%.2s|%.1x|%8q\n", []byte("abc"), []byte("abc"), []byte("abc"), []byte("abc"), []byte("abc"))
	noBytes := []byte{}
	fmt.Printf("%v|%s|%x|%#v|%q\n", noBytes, noBytes, noBytes, noBytes, noBytes)
	fmt.Println(ints, strs, floats, nested, anys, arr, empty, bs)
	fmt.Print(ints, strs, "\n")
	fmt.Println(ints[1:3], len(ints), len(ints[:2]))
	m := [][]string{{"x"}, {"y", "z"}}
	fmt.Printf("%q %v %#v\n", m, m, m)
	runes := []int{'h', 'é', 'l', 'l', 'o'}
	fmt.Printf("%v %c %q %U %T\n", runes, runes, runes, runes, runes)
}
