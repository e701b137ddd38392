// Timer Stop and Reset return values (Go 1.23 semantics), and a Reset timer firing once.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(time.Hour)
	fmt.Println("stop active:", t.Stop())
	fmt.Println("stop again:", t.Stop())
	fmt.Println("reset stopped:", t.Reset(10*time.Millisecond))
	<-t.C
	fmt.Println("fired after reset")
	fmt.Println("reset expired:", t.Reset(time.Hour))
	fmt.Println("reset active:", t.Reset(5*time.Millisecond))
	v := <-t.C
	fmt.Println("fired again, zero time:", v.IsZero())
	select {
	case <-t.C:
		fmt.Println("unexpected")
	case <-time.After(20 * time.Millisecond):
		fmt.Println("no third fire")
	}
}
