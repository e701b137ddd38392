// Struct embedding: the embedded type's String method is promoted; printing slices and maps of Stringers.
package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) String() string { return fmt.Sprintf("%s (%d legs)", a.Name, a.Legs) }

func (a Animal) Describe() string { return "I am " + a.Name }

type Dog struct {
	Animal
	Breed string
}

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

func main() {
	d := Dog{Animal{"Rex", 4}, "collie"}
	fmt.Println(d)
	fmt.Println(d.Describe(), d.Name, d.Breed)
	fmt.Printf("%v|%s|%d\n", d.Animal, d.Animal, d.Legs)
	zoo := []Animal{{"cat", 4}, {"bird", 2}}
	fmt.Println(zoo)
	temps := map[string]Temp{"oslo": -3.5, "rome": 18}
	fmt.Println(temps)
	fmt.Printf("%v %.2f\n", Temp(21.25), float64(Temp(21.25)))
}
