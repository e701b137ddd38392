package main

import (
	"bytes"
	"fmt"
	"os"
	"runtime/pprof"
)

// The predefined profiles, a profile that does not exist, the gzip-compressed
// protocol buffer of debug=0, and the panics of misuse: Add on a built-in
// profile, and writing a zero Profile.
func main() {
	for _, p := range pprof.Profiles() {
		fmt.Print(p.Name(), " ")
	}
	fmt.Println()
	fmt.Println(pprof.Lookup("nosuch") == nil)
	var b bytes.Buffer
	err := pprof.Lookup("goroutineleak").WriteTo(&b, 0)
	data := b.Bytes()
	fmt.Println(err, len(data) > 2 && data[0] == 0x1f && data[1] == 0x8b)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		pprof.Lookup("goroutineleak").Add(1, 0)
	}()
	var zero pprof.Profile
	fmt.Println(zero.Name() == "", zero.Count())
	zero.WriteTo(os.Stdout, 2)
}
