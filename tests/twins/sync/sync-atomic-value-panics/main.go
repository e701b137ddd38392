package main

import (
	"fmt"
	"sync/atomic"
)

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic: %v\n", name, r)
		}
	}()
	f()
}

type config struct{ name string }

func main() {
	var v atomic.Value
	fmt.Println("empty Load:", v.Load())
	try("Store(nil)", func() { v.Store(nil) })
	v.Store("first")
	fmt.Println("Load:", v.Load())
	try("Store(42)", func() { v.Store(42) })
	fmt.Println("Swap:", v.Swap("second"), v.Load())
	try("Swap(nil)", func() { v.Swap(nil) })
	try("Swap(1.5)", func() { v.Swap(1.5) })
	fmt.Println("CAS wrong old:", v.CompareAndSwap("first", "third"))
	fmt.Println("CAS right old:", v.CompareAndSwap("second", "third"), v.Load())
	try("CAS(nil new)", func() { v.CompareAndSwap("third", nil) })
	try("CAS(mixed)", func() { v.CompareAndSwap(1, "x") })
	try("CAS(other type)", func() { v.CompareAndSwap(1, 2) })
	var e atomic.Value
	fmt.Println("CAS on empty, old nil:", e.CompareAndSwap(nil, 7), e.Load())
	var f atomic.Value
	fmt.Println("CAS on empty, old non-nil:", f.CompareAndSwap(1, 7), f.Load())
	var p atomic.Pointer[config]
	fmt.Println("Pointer empty:", p.Load() == nil)
	c1 := &config{"a"}
	c2 := &config{"a"}
	p.Store(c1)
	fmt.Println("CAS same value, other pointer:", p.CompareAndSwap(c2, c2), "same pointer:", p.CompareAndSwap(c1, c2))
	fmt.Println(p.Load() == c2, p.Swap(nil) == c2, p.Load() == nil)
}
