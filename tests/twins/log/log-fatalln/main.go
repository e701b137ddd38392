// log.Fatalln spaces its operands like Println, then exits with status 1.
package main

import "log"

func main() {
	log.SetFlags(0)
	log.SetPrefix("fatal: ")
	log.Fatalln("a", 1, true, nil, []string{"x"})
}
