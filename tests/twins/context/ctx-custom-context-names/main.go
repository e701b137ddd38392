package main

import (
	"context"
	"fmt"
	"time"
)

// A context type of the program's own: contextName prints its String() if it
// has one, else its type's name.
type named struct{ context.Context }

func (named) String() string { return "my-root" }

type plain struct{ done chan struct{} }

func (p plain) Deadline() (time.Time, bool) { return time.Time{}, false }
func (p plain) Done() <-chan struct{}       { return p.done }
func (p plain) Err() error                  { return nil }
func (p plain) Value(any) any               { return nil }

func main() {
	c1, cancel1 := context.WithCancel(named{context.Background()})
	defer cancel1()
	fmt.Println(c1)
	p := plain{make(chan struct{})}
	c2, cancel2 := context.WithCancel(p)
	fmt.Println(c2)
	fmt.Println(context.WithValue(p, "k", "v"))
	cancel2()
	<-c2.Done()
	fmt.Println(c2.Err())
}
