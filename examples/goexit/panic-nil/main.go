// Since Go 1.21, panic(nil) is a panic like any other: recover returns a
// *runtime.PanicNilError, not nil, so a deferred guard can tell it apart
// from runtime.Goexit, during which recover returns nil. The guard prints
// no error text: that text changed in Go 1.27.
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
			fmt.Printf("%-10s recover() != nil: %t; a PanicNilError: %t\n", name+":", r != nil, errors.As(err, &pnil))
		}()
		f()
	}()
	<-done
}

func main() {
	guard("panic(nil)", func() { panic(nil) })
	guard("Goexit", runtime.Goexit)
}
