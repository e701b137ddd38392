// An index out of range crashes with Go's message, the index and the length included.
package main

import "fmt"

func last(s []string, n int) string {
	return s[len(s)-n]
}

func main() {
	names := []string{"a", "b", "c"}
	fmt.Println(last(names, 1), last(names, 3))
	fmt.Println(last(names, 0))
}
