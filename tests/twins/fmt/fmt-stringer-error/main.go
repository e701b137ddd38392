// Method precedence (handleMethods): error before Stringer, both only for %v %s %q %x %X; %d prints the number.
package main

import (
	"errors"
	"fmt"
)

type Level int

const (
	Debug Level = iota
	Info
	Warn
)

func (l Level) String() string {
	switch l {
	case Debug:
		return "DEBUG"
	case Info:
		return "INFO"
	}
	return fmt.Sprintf("Level(%d)", int(l))
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Plain int

type Both struct{ N int }

func (b Both) Error() string  { return "error text" }
func (b Both) String() string { return "string text" }

type NotFound struct{ Name string }

func (e *NotFound) Error() string { return e.Name + " not found" }

type Wrapper struct {
	Lvl   Level
	Err   error
	Temps []Celsius
	lvl   Level
}

func main() {
	for _, l := range []Level{Debug, Info, Warn, 7} {
		fmt.Printf("%v|%s|%d|%q|%x|%X|%5v|%-7s|%T|%+v|%#v|%03d\n", l, l, l, l, l, l, l, l, l, l, l, l)
	}
	fmt.Println(Info, Warn, Level(-1))
	c := Celsius(21.55)
	fmt.Printf("%v|%s|%f|%.3g|%q|%T\n", c, c, c, c, c, c)
	p := Plain(5)
	fmt.Printf("%v|%s|%d|%T|%#v\n", p, p, p, p, p)
	b := Both{1}
	fmt.Printf("%v|%s|%q|%d|%+v|%#v|%x\n", b, b, b, b, b, b, b)
	var err error = &NotFound{"file.txt"}
	fmt.Printf("%v|%s|%q|%x|%d|%T\n", err, err, err, err, err, err)
	fmt.Println(err, errors.New("plain"), []error{err, errors.New("second")})
	w := Wrapper{Lvl: Info, Err: err, Temps: []Celsius{1, 2.25}, lvl: Warn}
	fmt.Printf("%v\n%+v\n", w, w)
	fmt.Println(map[Level]string{Warn: "w", Debug: "d", Info: "i"})
	fmt.Println([]Level{Warn, Debug}, [2]Level{Info, Info})
	fmt.Printf("%10v|%-10v|%.3v|%.2s\n", Info, Debug, Warn, Info)
	fmt.Print(Info, Warn, "\n")
	fmt.Print(Debug, "x", Info, "\n")
	fmt.Println(fmt.Sprint(c), fmt.Sprintf("%6.1f", c))
}
