// Goexit called five calls deep ends the goroutine at once: every deferred
// call on the way up runs, last in first out, and nothing after a call does.
package main

import (
	"fmt"
	"runtime"
)

func parseJSON() {
	defer fmt.Println("defer in parseJSON")
	validate()
	fmt.Println("parseJSON: after validate (never printed)")
}

func validate() {
	defer fmt.Println("defer in validate")
	checkAuth()
	fmt.Println("validate: after checkAuth (never printed)")
}

func checkAuth() {
	defer fmt.Println("defer in checkAuth")
	loadConfig()
	fmt.Println("checkAuth: after loadConfig (never printed)")
}

func loadConfig() {
	defer fmt.Println("defer in loadConfig")
	panicIfInvalid()
	fmt.Println("loadConfig: after panicIfInvalid (never printed)")
}

func panicIfInvalid() {
	defer fmt.Println("defer in panicIfInvalid")
	fmt.Println("panicIfInvalid: config is invalid, calling runtime.Goexit")
	runtime.Goexit()
	fmt.Println("panicIfInvalid: after Goexit (never printed)")
}

func main() {
	done := make(chan struct{})
	go func() {
		defer close(done)
		parseJSON()
		fmt.Println("goroutine: after parseJSON (never printed)")
	}()
	<-done
	fmt.Println("main: the worker goroutine has ended")
}
