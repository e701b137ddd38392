// Width, sign, space, zero padding and left alignment on floats; NaN and Inf are never zero-padded.
package main

import (
	"fmt"
	"math"
)

func main() {
	values := []float64{3.14159, -3.14159, 0, 1e6, -1e-7, math.Inf(1), math.Inf(-1), math.NaN(), 42}
	for _, v := range values {
		fmt.Printf("[%8.2f][%-8.2f][%08.2f][%+8.2f][% 8.2f][%+08.2f][% -8.2f][%-08.2f]\n", v, v, v, v, v, v, v, v)
		fmt.Printf("[%12e][%-12.3E][%012g][%+g][% g][%+.0f][%010v][%x][%X][%b]\n", v, v, v, v, v, v, v, v, v, v)
		fmt.Printf("[%.3x][%#x][%+.1X][%10.2x]\n", v, v, v, v)
	}
	fmt.Printf("%6.2f%%|%5.1f%%\n", 99.5, 3.0)
	fmt.Printf("%*.*f|%-*.*f|\n", 10, 3, math.Pi, 10, 1, math.E)
	c := complex(1.5, -2)
	fmt.Printf("%v|%.2f|%+.1e|%8.1f|%g\n", c, c, c, c, complex(0, 1))
	fmt.Println(c, complex(math.Inf(1), math.NaN()), complex(-0.5, 0.25))
}
