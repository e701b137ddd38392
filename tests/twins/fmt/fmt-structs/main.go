// Structs: {1 2}, %+v with field names, %#v with the type, pointers as &{...} at the top and addresses inside.
package main

import (
	"errors"
	"fmt"
)

type Point struct {
	X, Y int
}

type Person struct {
	Name    string
	Age     int
	Tags    []string
	Scores  map[string]float64
	Home    *Point
	Manager *Person
	Extra   any
	Err     error
}

type inner struct {
	a int
	b string
}

type outer struct {
	In    inner
	Ptr   *inner
	Label string
	err   error
}

type Empty struct{}

func main() {
	p := Point{1, 2}
	fmt.Printf("%v|%+v|%#v|%T|%d|%x|%05d|%s\n", p, p, p, p, p, p, p, p)
	pp := &Point{3, 4}
	fmt.Printf("%v|%+v|%#v|%T|%d|%s\n", pp, pp, pp, pp, pp, pp)
	alice := Person{Name: "Alice", Age: 30, Tags: []string{"a", "b"}, Scores: map[string]float64{"z": 1.5, "m": 2}}
	fmt.Printf("%v\n%+v\n%#v\n", alice, alice, alice)
	bob := Person{Name: "Bob", Home: &Point{5, 6}, Manager: &alice, Extra: 42, Err: errors.New("bad")}
	fmt.Printf("%v\n%+v\n", bob, bob)
	fmt.Printf("%v\n%+v\n", &bob, &bob)
	o := outer{In: inner{1, "x"}, Ptr: &inner{2, "y"}, Label: "L", err: errors.New("hidden")}
	fmt.Printf("%v\n%+v\n%#v\n", o, o, o)
	fmt.Printf("%v|%+v|%#v|%T\n", Empty{}, Empty{}, Empty{}, Empty{})
	fmt.Printf("%v|%+v|%#v\n", &Empty{}, &Empty{}, &Empty{})
	points := []Point{{1, 2}, {3, 4}}
	fmt.Printf("%v|%+v|%#v\n", points, points, points)
	ptrs := []*Point{{1, 2}, nil}
	fmt.Printf("%v|%+v|%#v\n", ptrs, ptrs, ptrs)
	var nilp *Point
	fmt.Printf("%v|%+v\n", nilp, nilp)
	fmt.Println(p, pp, alice.Tags, bob.Home, bob.Manager.Name)
	byName := map[string]Point{"b": {2, 2}, "a": {1, 1}}
	fmt.Printf("%v|%+v|%#v\n", byName, byName, byName)
	anon := struct {
		ID   int
		Name string
	}{7, "seven"}
	fmt.Printf("%v|%+v\n", anon, anon)
	fmt.Printf("%6v|%-6v|%06v\n", p, p, p)
}
