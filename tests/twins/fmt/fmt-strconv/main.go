// strconv, which fmt formats with: Itoa/Atoi, ParseInt bases, ParseFloat, ParseBool, FormatFloat, Quote and friends.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(-45), strconv.FormatInt(255, 2), strconv.FormatInt(-255, 16), strconv.FormatInt(35, 36))
	for _, s := range []string{"42", "-7", "+3", "0x1f", "1_000", "", " 1", "12a", "9223372036854775808", "-9223372036854775809"} {
		n, err := strconv.Atoi(s)
		fmt.Printf("Atoi(%q) = %d, %v\n", s, n, err)
	}
	for _, s := range []string{"0x1f", "0b101", "0o17", "017", "1_000", "_1", "1__0", "ff", "-0x10"} {
		n, err := strconv.ParseInt(s, 0, 64)
		fmt.Printf("ParseInt(%q, 0) = %d, %v\n", s, n, err)
	}
	n8, err := strconv.ParseInt("300", 10, 8)
	fmt.Println(n8, err)
	h, err := strconv.ParseInt("ff", 16, 64)
	fmt.Println(h, err)
	u, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	for _, s := range []string{"1.5", "1e3", ".5", "5.", "inf", "-Inf", "NaN", "1e400", "0x1p-2", "abc", "1_0.5", "1,5"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Printf("ParseFloat(%q) = %v, %v\n", s, f, err)
	}
	for _, s := range []string{"true", "T", "1", "FALSE", "f", "yes"} {
		b, err := strconv.ParseBool(s)
		fmt.Println(s, b, err)
	}
	for _, f := range []float64{3.14159, 1e21, 0.000001, 100, -0.5} {
		fmt.Println(strconv.FormatFloat(f, 'f', -1, 64), strconv.FormatFloat(f, 'e', 3, 64), strconv.FormatFloat(f, 'g', -1, 64),
			strconv.FormatFloat(f, 'G', 4, 64), strconv.FormatFloat(f, 'f', 2, 32), strconv.FormatFloat(f, 'g', -1, 32))
	}
	fmt.Println(strconv.Quote("tab\t\"quote\" é ☺\x01"), strconv.QuoteToASCII("é ☺"), strconv.QuoteRune('☺'), strconv.QuoteRuneToASCII('☺'))
	fmt.Println(strconv.CanBackquote("ok"), strconv.CanBackquote("no`"), strconv.CanBackquote("tab\tok"), strconv.CanBackquote("nl\n"))
	for _, s := range []string{`"a\tb"`, "`raw\\n`", `'x'`, `"bad`, `"\u263a"`, `'ab'`} {
		v, err := strconv.Unquote(s)
		fmt.Printf("Unquote(%s) = %q, %v\n", s, v, err)
	}
	fmt.Println(strconv.FormatBool(true), strconv.IsPrint('a'), strconv.IsPrint('\u00a0'), strconv.IsPrint('\t'))
}
