// A failed conversion is a *strconv.NumError: its Func, Num and Err fields, and errors.Is on its reason.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"42", "4x2", "99999999999999999999", ""} {
		n, err := strconv.Atoi(s)
		var ne *strconv.NumError
		if errors.As(err, &ne) {
			fmt.Printf("%q: func=%s num=%q err=%v range=%t\n", s, ne.Func, ne.Num, ne.Err, errors.Is(err, strconv.ErrRange))
			continue
		}
		fmt.Println(s, "->", n)
	}
	_, err := strconv.ParseFloat("abc", 64)
	if ne, ok := err.(*strconv.NumError); ok {
		fmt.Println(ne.Func, ne.Num, ne.Err, ne.Err == strconv.ErrSyntax)
	}
	_, err = strconv.ParseBool("yes")
	fmt.Printf("%v | %T\n", err, err)
	_, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(err, errors.Unwrap(err) == strconv.ErrRange)
}
