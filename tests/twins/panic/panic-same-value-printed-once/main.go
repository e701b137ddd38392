// A panic raised while another unwinds is printed once when its value is the same
// interface value as the one before it (runtime/panic.go, preprintpanics): constants,
// the runtime's shared errors and new(PanicNilError) are; errors.New, a bounds error
// and a recovered-then-replaced value are not.
package main

import "errors"

type Point struct {
	X int
	Y string
}

func main() {
	defer func() { panic(errors.New("made twice")) }()
	defer func() { panic(errors.New("made twice")) }()
	defer func() {
		a := []int{1}
		i := 5
		_ = a[i]
	}()
	defer func() {
		a := []int{1}
		i := 5
		_ = a[i]
	}()
	defer func() { panic(nil) }()
	defer func() { panic(nil) }()
	defer func() { panic(Point{1, "a"}) }()
	defer func() { panic(Point{1, "a"}) }()
	defer func() { panic(1.5) }()
	defer func() { panic(1.5) }()
	defer func() { panic("a b c") }()
	defer func() { panic("a b c") }()
	defer func() { panic(300) }()
	defer func() { panic(300) }()
	defer func() {
		var c chan int
		close(c)
	}()
	defer func() {
		var c chan int
		close(c)
	}()
	defer func() {
		z := 0
		_ = 1 / z
	}()
	z := 0
	_ = 1 / z
}
