// log.Print, Printf and Println format through fmt (Sprint, Sprintf, Sprintln) and add one newline if missing.
package main

import (
	"errors"
	"fmt"
	"log"
)

type Point struct{ X, Y int }

func main() {
	log.SetFlags(0)
	log.Println(nil, true)
	log.Println("a", 1, 2.5, []int{1, 2}, map[string]int{"b": 2, "a": 1})
	log.Print("a", "b", 1, 2, "c")
	log.Print(1, 2, nil, errors.New("boom"))
	log.Printf("%d items, %v, %q, %T", 3, Point{1, 2}, "q", 1.5)
	log.Printf("%+v %5.2f%%", Point{3, 4}, 99.5)
	log.Print("ends with newline\n")
	log.Println("println adds its own newline\n")
	log.Printf("two\nlines")
	log.Print("")
	log.Println()
	log.Printf("%d %s", 1)
	log.Printf("extra", 1)
	log.Print(&Point{5, 6})
	fmt.Println("fmt on stdout")
	log.Println(1e6, 100.0, 0.1)
}
