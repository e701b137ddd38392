package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type key string
type level int
type point struct{ X, Y int }

func (l level) String() string { return fmt.Sprintf("level-%d", int(l)) }

type myErr struct{}

func (myErr) Error() string { return "my error" }

func main() {
	bg := context.Background()
	values := []struct {
		k, v any
	}{
		{"user", "alice"},
		{key("trace"), 42},
		{1, 2.5},
		{"err", errors.New("boom")},
		{"wrapped", fmt.Errorf("ctx: %w", context.Canceled)},
		{"plain", fmt.Errorf("no wrap")},
		{"deadline", context.DeadlineExceeded},
		{"custom", myErr{}},
		{"stringer", level(3)},
		{"dur", 1500 * time.Millisecond},
		{"nil", nil},
		{"bool", true},
		{"struct", point{1, 2}},
		{"bytes", []byte("hi")},
		{"joined", errors.Join(errors.New("a"), errors.New("b"))},
	}
	for _, kv := range values {
		fmt.Println(context.WithValue(bg, kv.k, kv.v))
	}
	ctx := context.WithValue(context.TODO(), key("a"), "b")
	ctx = context.WithValue(ctx, level(1), level(2))
	fmt.Println(ctx)
	fmt.Printf("%v|%s\n", ctx, ctx)
}
