// %T names Go types: basic kinds, composites, funcs, channels, errors from the standard library, and named types.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strconv"
)

type Level int
type Name string
type Ratio float64
type Conn struct{ ID int }
type MyErr struct{ Code int }

func (e *MyErr) Error() string { return "code " + strconv.Itoa(e.Code) }

type Handler func(string) error

func main() {
	values := []any{
		nil, 1, -1.5, "s", true, 2 + 3i,
		[]int{1}, []string{"a"}, [2]bool{}, map[string]int{"a": 1}, map[int][]string{1: {"x"}},
		[][]float64{{1}}, []any{1, "a"}, map[string]any{"k": 1, "j": "x"},
		func() {}, func(int, string) error { return nil }, func(x float64) float64 { return x },
		make(chan int), make(chan string, 1), make(chan struct{}),
		errors.New("e"), fmt.Errorf("w: %w", errors.New("e")), fmt.Errorf("plain %d", 1),
		fmt.Errorf("%w %w", errors.New("a"), errors.New("b")), errors.Join(errors.New("a"), errors.New("b")),
		Level(1), Name("n"), Ratio(0.5), Conn{1}, &Conn{2}, &MyErr{3}, []Level{1},
		context.Canceled, context.DeadlineExceeded, context.Background(), context.TODO(),
		os.Stdout, os.ErrDeadlineExceeded,
	}
	for i, v := range values {
		fmt.Printf("%d %T\n", i, v)
	}
	_, err := strconv.Atoi("x")
	fmt.Printf("%T %v\n", err, err)
	var e error = &MyErr{4}
	fmt.Printf("%T %v %s\n", e, e, e)
	fmt.Printf("%T|%10T|%-10T|\n", Level(2), 3, "x")
	fmt.Println(fmt.Sprintf("%T", map[Level]Name{}))
}
