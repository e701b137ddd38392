// A generic pipeline: Map and Filter stages over channels, then a Reduce.
package main

import "fmt"

func Source[T any](xs ...T) <-chan T {
	out := make(chan T)
	go func() {
		defer close(out)
		for _, x := range xs {
			out <- x
		}
	}()
	return out
}

func Map[T, U any](in <-chan T, f func(T) U) <-chan U {
	out := make(chan U)
	go func() {
		defer close(out)
		for x := range in {
			out <- f(x)
		}
	}()
	return out
}

func Filter[T any](in <-chan T, keep func(T) bool) <-chan T {
	out := make(chan T)
	go func() {
		defer close(out)
		for x := range in {
			if keep(x) {
				out <- x
			}
		}
	}()
	return out
}

func Reduce[T, A any](in <-chan T, acc A, f func(A, T) A) A {
	for x := range in {
		acc = f(acc, x)
	}
	return acc
}

func main() {
	squares := Map(Source(1, 2, 3, 4, 5, 6), func(x int) int { return x * x })
	even := Filter(squares, func(x int) bool { return x%2 == 0 })
	fmt.Println(Reduce(even, 0, func(a, x int) int { return a + x }))
	words := Map(Source("go", "is", "fun"), func(s string) string { return s + "!" })
	fmt.Println(Reduce(words, []string{}, func(a []string, s string) []string { return append(a, s) }))
	fmt.Printf("%v %.2f\n", Reduce(Source(1.5, 2.25), 0.0, func(a, x float64) float64 { return a + x }), 3.0)
}
