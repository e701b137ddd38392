// Integer verbs: every base, rune verbs, and the sign and prefix flags.
package main

import "fmt"

func main() {
	values := []int{0, 1, 7, 10, 42, 255, 256, -1, -42, 65, 0x1F600, 1234567890, -9223372036854775808, 9223372036854775807}
	for _, v := range values {
		fmt.Printf("%d|%v|%b|%o|%O|%x|%X|%#x|%#X|%#o|%#b\n", v, v, v, v, v, v, v, v, v, v, v)
		fmt.Printf("%+d|% d|%+x|% x|%08d|%-8d|%8d|%.5d|%8.3d|%-+8d|%+08d|% 08d\n", v, v, v, v, v, v, v, v, v, v, v, v)
	}
	runes := []int{65, 97, 0x263A, 0x1F600, 9, 10, 0, 0x7F, 0xD800, 0x110000, -1}
	for _, r := range runes {
		fmt.Printf("%c|%q|%+q|%#q|%U|%#U|%5c|%-6q|%08U\n", r, r, r, r, r, r, r, r, r)
	}
	fmt.Printf("%.0d|%.0d|%5.0d|%x|%X\n", 0, 7, 0, 3735928559, 3735928559)
	fmt.Printf("%#8x|%-#8x|%#08x|%08.3x|%+.3d|% .3d\n", 255, 255, 255, 255, 7, 7)
	fmt.Printf("%.10U|%#.2U|%U\n", 0x41, 0x41, 0x10FFFF)
	fmt.Println(1, -2, 3000000000, 0)
}
