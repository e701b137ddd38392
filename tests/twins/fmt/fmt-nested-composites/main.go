// Nested values: methods apply at every depth (exported fields), flags reach every element, %#v names every type.
package main

import (
	"errors"
	"fmt"
)

type Status int

const (
	Active Status = iota + 1
	Disabled
)

func (s Status) String() string {
	if s == Active {
		return "active"
	}
	return "disabled"
}

type Account struct {
	ID     int
	Owner  string
	Status Status
	Limits map[string]float64
	Tags   []string
	Last   error
}

type Bank struct {
	Name     string
	Accounts []Account
	ByOwner  map[string]*Account
	Pending  [][]int
	status   Status
}

func main() {
	a1 := Account{ID: 1, Owner: "ann", Status: Active, Limits: map[string]float64{"day": 500, "atm": 200.5}, Tags: []string{"vip"}}
	a2 := Account{ID: 2, Owner: "bob", Status: Disabled, Last: errors.New("frozen")}
	b := Bank{Name: "First", Accounts: []Account{a1, a2}, ByOwner: map[string]*Account{"bob": nil}, Pending: [][]int{{1, 2}, {3}}, status: Active}
	fmt.Printf("%v\n%+v\n", b, b)
	fmt.Printf("%v\n%+v\n%#v\n", a1, a1, a1)
	fmt.Printf("%v\n%+v\n", a2, a2)
	fmt.Printf("%d\n", a1)
	fmt.Printf("%s\n", b.Accounts)
	fmt.Printf("%q\n", []any{Active, "x", 3, []Status{Disabled}})
	fmt.Printf("%x\n", map[Status][]string{Active: {"ab"}, Disabled: {"cd", "e"}})
	fmt.Printf("%6.1f\n", a1.Limits)
	fmt.Printf("%#v\n", map[string][]Status{"s": {Active}})
	fmt.Println([]map[string]int{{"a": 1}, {}, {"z": 26, "y": 25}})
	fmt.Println(map[string][]map[int]bool{"k": {{2: true, 1: false}}})
	fmt.Printf("%v %+v\n", []*Account{nil}, struct{ A *Account }{nil})
	fmt.Printf("%v|%+v|%#v\n", [2][2]int{{1, 2}, {3, 4}}, []Status{}, []Status{Active, Disabled})
}
