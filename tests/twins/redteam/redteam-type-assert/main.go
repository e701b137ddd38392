// Type assertions: the comma-ok form never panics; x.(T) on the wrong type or on nil panics with *runtime.TypeAssertionError.
package main

import (
	"fmt"
	"runtime"
)

type Shape interface{ Area() float64 }

type Square struct{ side float64 }

func (s Square) Area() float64 { return s.side * s.side }

type Label struct{ text string }

func check(name string, f func()) {
	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		fmt.Printf("%s: %v (runtime.Error: %t, %T)\n", name, r, isRuntime, r)
	}()
	f()
}

func main() {
	var x any = "text"
	if n, ok := x.(int); !ok {
		fmt.Println("not an int:", n, ok)
	}
	s := x.(string)
	fmt.Println("string:", s)
	check("int", func() { fmt.Println(x.(int)) })
	check("nil", func() {
		var y any
		fmt.Println(y.(string))
	})
	check("shape", func() {
		var v any = Square{2}
		fmt.Println(v.(Shape).Area())
	})
	check("label", func() {
		var v any = Label{"hi"}
		fmt.Println(v.(Shape).Area())
	})
	var v any = Label{"x"}
	_ = v.(Square)
}
