// Formatter (Format(f, verb)) comes first for every verb; GoStringer serves %#v; State reports flags, width, precision.
package main

import (
	"fmt"
	"strings"
)

type Money struct {
	Cents int
}

func (m Money) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		if f.Flag('+') {
			fmt.Fprintf(f, "+$%d.%02d", m.Cents/100, m.Cents%100)
			return
		}
		fmt.Fprintf(f, "$%d.%02d", m.Cents/100, m.Cents%100)
	case 'd':
		fmt.Fprintf(f, "%d¢", m.Cents)
	default:
		fmt.Fprintf(f, "%%!%c(Money=%d)", verb, m.Cents)
	}
}

type Probe struct{}

func (Probe) Format(f fmt.State, verb rune) {
	w, wok := f.Width()
	p, pok := f.Precision()
	flags := ""
	for _, c := range " +-#0" {
		if f.Flag(int(c)) {
			flags += string(c)
		}
	}
	fmt.Fprintf(f, "[%c w=%d,%v p=%d,%v flags=%q %s]", verb, w, wok, p, pok, flags, fmt.FormatString(f, verb))
}

type Token struct {
	Kind string
	Pos  int
}

func (t Token) GoString() string { return "tok(" + t.Kind + ")" }
func (t Token) String() string   { return strings.ToUpper(t.Kind) }

type Pad string

func (p Pad) Format(f fmt.State, verb rune) {
	w, ok := f.Width()
	if !ok {
		w = 0
	}
	f.Write([]byte(strings.Repeat(".", w) + string(p)))
}

func main() {
	m := Money{1234}
	fmt.Printf("%v|%+v|%s|%d|%x|%#v|%T\n", m, m, m, m, m, m, m)
	fmt.Println(m, []Money{{5}, {100}})
	fmt.Printf("%v\n", map[string]Money{"a": {1}})
	var pr Probe
	fmt.Printf("%v|%+v|%#v|%-8.3d|% 05x|%#q|%*.*s|%[1]v\n", pr, pr, pr, pr, pr, pr, 7, 2, pr)
	fmt.Println(pr)
	t := Token{"ident", 3}
	fmt.Printf("%v|%s|%#v|%+v|%d\n", t, t, t, t, t)
	fmt.Printf("%#v\n", []Token{t, {"num", 9}})
	fmt.Printf("%#v\n", struct{ T Token }{t})
	fmt.Printf("%5v|%v|%3s\n", Pad("x"), Pad("y"), Pad("z"))
	fmt.Println(fmt.Sprint(Pad("q")), fmt.Sprintf("%8v", m))
	var sb strings.Builder
	fmt.Fprintf(&sb, "%v and %d", m, m)
	fmt.Println(sb.String())
}
