// Reading a nil map gives zero values; writing to one panics "assignment to entry in nil map", m[k]++ included.
package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: %v (%T)\n", name, r, r)
		}
	}()
	f()
	fmt.Println(name, "ok")
}

func main() {
	var counts map[string]int
	fmt.Println(counts["x"], len(counts))
	try("increment", func() { counts["x"]++ })
	try("add", func() { counts["y"] += 2 })
	try("assign", func() { counts["z"] = 1 })
	var squares []int
	try("slice", func() { squares[3] = 9 })
	var byKey map[int]bool
	try("int key", func() { byKey[3] = true })
	counts = map[string]int{}
	counts["x"]++
	counts["x"] += 2
	fmt.Println(counts)
	var byID map[int]string
	byID[3] += "!"
}
