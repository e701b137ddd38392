// log.Panicf is recoverable and logs first; log.Fatalln logs and exits with status 1 without running defers.
package main

import (
	"fmt"
	"log"
	"os"
)

func risky() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	log.Panicf("bad input %q (code %d)", "x", 7)
	return nil
}

func main() {
	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	log.SetPrefix("app: ")
	fmt.Println(risky())
	log.Println("values:", 1, true, nil, 2.5)
	log.Printf("%5.1f|%-4s|", 3.14159, "ab")
	defer fmt.Println("not printed")
	log.Fatalln("fatal:", "giving up")
}
