// A nil pointer dereference crashes with Go's message and the [signal SIGSEGV ...] line.
package main

import "fmt"

type Config struct {
	Name string
}

func load(ok bool) *Config {
	if ok {
		return &Config{"prod"}
	}
	return nil
}

func main() {
	defer fmt.Println("deferred: runs before the crash report")
	fmt.Println(load(true).Name)
	fmt.Println(load(false).Name)
}
