// Named types of basic kinds print as their kind (a named string quotes under %#v and %q), %T gives the name.
package main

import "fmt"

type Name string
type Ratio float64
type Count int
type Names []string
type Index map[string]int

func main() {
	n, r, c := Name("ann"), Ratio(0.75), Count(-3)
	fmt.Printf("%v|%s|%q|%x|%#v|%T|%8v|%-6s|\n", n, n, n, n, n, n, n, n)
	fmt.Printf("%v|%.1f|%e|%#v|%T|%g\n", r, r, r, r, r, r)
	fmt.Printf("%v|%d|%x|%#v|%T|%+d|%05d\n", c, c, c, c, c, c, c)
	ns := Names{"b", "a"}
	fmt.Printf("%v|%q|%#v|%T|%d\n", ns, ns, ns, ns, len(ns))
	ix := Index{"z": 1, "y": 2}
	fmt.Printf("%v|%#v|%T\n", ix, ix, ix)
	fmt.Println(n, r, c, ns, ix)
	fmt.Println(n+"!", r*2, c+1, string(n[0]))
	fmt.Print(n, c, r, "\n")
	fmt.Printf("%v %v\n", []Name{"x", "y"}, map[Name]Count{"k": 2})
	fmt.Printf("%#v %#v\n", []Name{"x"}, map[Name]Count{"k": 2})
}
