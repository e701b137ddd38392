// Cancelling a context cancels every context derived from it; cancelling a
// child leaves its parent and its siblings alone. A second cancel does nothing.
package main

import (
	"context"
	"fmt"
)

func main() {
	root, cancelRoot := context.WithCancel(context.Background())
	a, cancelA := context.WithCancel(root)
	b, cancelB := context.WithCancel(root)
	defer cancelB()
	a1, cancelA1 := context.WithCancel(a)
	defer cancelA1()

	report := func(when string) {
		fmt.Printf("%-20s root=%v a=%v a1=%v b=%v\n", when, root.Err(), a.Err(), a1.Err(), b.Err())
	}
	report("at the start:")
	cancelA()
	report("after cancelA():")
	cancelRoot()
	report("after cancelRoot():")
	cancelA()
	report("cancelA() again:")
	fmt.Println(a1)
}
