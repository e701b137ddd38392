// Explicit argument indexes [n], * width and precision, and their error forms.
package main

import "fmt"

func main() {
	fmt.Printf("%[2]d %[1]d\n", 1, 2)
	fmt.Printf("%[3]*.[2]*[1]f\n", 12.0, 2, 6)
	fmt.Printf("%d %d %#[1]x %#x\n", 16, 17)
	fmt.Printf("%[1]d %[1]x %[1]o %[1]q\n", 65)
	fmt.Printf("%[5]d\n", 1, 2)
	fmt.Printf("%[0]d|%[-1]d|%[x]d|%[1d|%[]d\n", 1)
	fmt.Printf("%[2]d %d\n", 1, 2, 3)
	fmt.Printf("%[1]d %d %d\n", 1, 2)
	fmt.Printf("%[3]d %[2]d\n", 1, 2, 3, 4)
	fmt.Printf("%[2]*[1]d|\n", 12, 5)
	fmt.Printf("%.[2]d|%[2].2d\n", 1, 2)
	fmt.Printf("%*d|%-*d|%*d\n", 6, 42, 6, 42, -6, 42)
	fmt.Printf("%.*f|%.*s|%.*d\n", 2, 3.14159, 3, "abcdef", 4, 7)
	fmt.Printf("%*d\n", "x", 5)
	fmt.Printf("%.*d\n", "x", 5)
	fmt.Printf("%.*d|\n", -3, 5)
	fmt.Printf("%*d\n", 10000000, 1)
	fmt.Printf("%*d\n", 5)
	fmt.Printf("%-*d|\n", 4, 3)
	fmt.Printf("%0*d|%0-*d|\n", 5, 3, 5, 3)
	fmt.Printf("%[1]*[2]d|%[1]*[3]d|\n", 4, 1, 2)
	fmt.Printf("%*[2]d\n", 3, 4)
	fmt.Printf("%[2]v %[1]v %v\n", "a", "b")
	fmt.Printf("%1000000000d\n", 1)
	fmt.Printf("%.1000000000d\n", 1)
	fmt.Printf("%[1]T %[1]v %[2]T %[2]q\n", 3.5, "s")
}
