// log.Panic, Panicf and Panicln log the message, then panic with the same string (Panicln's ends with a newline).
package main

import (
	"fmt"
	"log"
	"os"
)

func try(f func()) {
	defer func() {
		r := recover()
		fmt.Printf("recovered %q (%T)\n", r, r)
	}()
	f()
}

func main() {
	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	try(func() { log.Panic("a", 1, 2, "b") })
	try(func() { log.Panicf("code %03d: %v", 7, nil) })
	try(func() { log.Panicln("spaced", 1, 2) })
	l := log.New(os.Stdout, "L: ", 0)
	try(func() { l.Panic(true, false) })
	try(func() { l.Panicf("%.1f", 2.25) })
	try(func() { l.Panicln() })
	fmt.Println("done")
}
