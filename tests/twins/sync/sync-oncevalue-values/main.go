package main

import (
	"errors"
	"fmt"
	"sync"
)

func main() {
	v := sync.OnceValue(func() int {
		fmt.Println("computing")
		return 42
	})
	fmt.Println(v(), v(), v())
	load := sync.OnceValues(func() (string, error) {
		fmt.Println("loading")
		return "", errors.New("no such file")
	})
	for i := 0; i < 2; i++ {
		s, err := load()
		fmt.Printf("%q %v\n", s, err)
	}
	var wg sync.WaitGroup
	results := make([]int, 5)
	for i := range results {
		wg.Go(func() { results[i] = v() })
	}
	wg.Wait()
	fmt.Println(results)
	p := sync.OnceValue(func() int { panic(7) })
	for i := 0; i < 2; i++ {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			p()
		}()
	}
}
