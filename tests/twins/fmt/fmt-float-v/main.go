// %v of float64 is %g with the shortest digits that read back exactly.
package main

import (
	"fmt"
	"math"
)

func main() {
	a, b := 0.1, 0.2 // variables: Go folds constant 0.1 + 0.2 exactly, to 0.3
	values := []float64{
		0, 1, -1, 100, 1e6, 1e5, 123456, 1234567, 1e20, 1e21, 1e22, 0.1, 0.2, a + b,
		0.0001, 0.00001, 0.000001, 1.0 / 3, 2.0 / 3, 10.0 / 3, 1.5, -2.25, 3.14159265358979,
		123456789, 12345678.9, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
		math.Inf(1), math.Inf(-1), math.NaN(), math.Copysign(0, -1), 1 << 53, 1<<53 + 1,
		9007199254740993, 4.35, 0.3, 2.675, 1e-7, 123e-20, 6.02214076e23, 299792458, 1e100,
	}
	for _, v := range values {
		fmt.Println(v, -v)
		fmt.Printf("%v|%g|%G|%e|%.3v|%10v|%-10v|%+v\n", v, v, v, v, v, v, v, v)
	}
	fmt.Println(values[:5])
	fmt.Print(1.5, 2.5, "x", 3.0, "\n")
	x := 0.0
	for i := 0; i < 12; i++ {
		x += 0.1
		fmt.Print(x, " ")
	}
	fmt.Println()
	fmt.Println(math.Pi, math.E, math.Sqrt2, math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Println(float64(7)/2, 7.0/2*2, 1e15+0.3, 1e16+1)
}
