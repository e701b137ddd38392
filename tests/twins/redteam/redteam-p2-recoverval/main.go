// Recover returns the panic value; a function that recovers returns normally, with its named result.
package main

import "fmt"

func mayPanic(kind int) {
	switch kind {
	case 0:
		panic("a problem")
	case 1:
		panic(fmt.Errorf("wrapped: %w", fmt.Errorf("inner")))
	case 2:
		var arr []int
		_ = arr[kind]
	}
}

func safely(kind int) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("Recovered. Error:\n ", r)
		}
	}()
	mayPanic(kind)
	return "no panic"
}

func main() {
	for k := 0; k < 4; k++ {
		fmt.Println(safely(k))
	}
	fmt.Println("After mayPanic()")
}
