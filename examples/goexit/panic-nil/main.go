// Since Go 1.21, panic(nil) is a panic like any other: recover returns a
// *runtime.PanicNilError, not nil, so a deferred guard can tell it apart
// from runtime.Goexit, during which recover returns nil. Nobody recovers
// the last one, and it crashes the program with status 2.
package main

import (
	"errors"
	"fmt"
	"runtime"
)

func guard(name string, f func()) {
	done := make(chan struct{})
	go func() {
		defer close(done)
		defer func() {
			r := recover()
			err, _ := r.(error)
			var pnil *runtime.PanicNilError
			fmt.Printf("%-10s recover() = %v; a PanicNilError: %t\n", name+":", r, errors.As(err, &pnil))
		}()
		f()
	}()
	<-done
}

func main() {
	guard("panic(nil)", func() { panic(nil) })
	guard("Goexit", runtime.Goexit)
	panic(nil)
}
