// Writing to a nil map panics with "assignment to entry in nil map" (a runtime.Error without the "runtime error:" prefix).
package main

import "fmt"

type Registry struct {
	byName map[string]int
}

func main() {
	r := Registry{}
	fmt.Println(len(r.byName), r.byName["x"])
	r.byName["x"] = 1
}
