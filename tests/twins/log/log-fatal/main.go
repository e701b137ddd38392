// log.Fatal logs then calls os.Exit(1): deferred calls do not run, what was printed stays.
package main

import (
	"errors"
	"fmt"
	"log"
)

func main() {
	defer fmt.Println("deferred: never runs")
	log.SetFlags(0)
	fmt.Println("about to fail")
	err := errors.New("config missing")
	log.Fatal("fatal: ", err, nil, 42)
	fmt.Println("not reached")
}
