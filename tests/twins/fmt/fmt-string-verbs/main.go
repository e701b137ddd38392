// String verbs: %s %v %q %+q %#q %x %X % x %#x, precision truncates by characters, width counts characters.
package main

import "fmt"

func main() {
	values := []string{"", "hello", "héllo wörld", "日本語", "tab\there", "line\nbreak", "quote\"s", "back`tick",
		"bell\a\b\f\v\r", "nul\x00", "del\x7f", "emoji 😀", "\u00a0nbsp", "\u200bzero-width", "\ufeffbom", `back\slash`}
	for _, s := range values {
		fmt.Printf("%s|%v|%q|%+q|%#q|%x|%X|% x|%#x|% #X\n", s, s, s, s, s, s, s, s, s, s)
		fmt.Printf("[%10s][%-10s][%.3s][%10.2s][%-6.4q][%.2x][%012s][%-012s]\n", s, s, s, s, s, s, s, s)
	}
	fmt.Printf("%5s|%-5s|%5.1s|%.0s|%.10s\n", "日本", "日本", "日本", "abc", "abc")
	fmt.Printf("%q\n", []string{"a", "b c", ""})
	fmt.Printf("%s %v %d\n", "x", "y", "z")
	fmt.Printf("%c|%c|%c\n", 'G', 'o', '!')
	fmt.Println("multi", "args", "are", "spaced", "with", 3, "values")
	fmt.Print("no", "spaces", "between", "strings", "\n")
}
