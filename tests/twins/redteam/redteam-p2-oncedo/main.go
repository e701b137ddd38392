// sync.Once: ten goroutines race to initialise a config; the function runs exactly once.
package main

import (
	"fmt"
	"sync"
)

type config struct {
	name    string
	retries int
}

var (
	once sync.Once
	cfg  *config
	runs int
)

func load() *config {
	once.Do(func() {
		runs++
		cfg = &config{"prod", 3}
	})
	return cfg
}

func main() {
	var wg sync.WaitGroup
	results := make([]*config, 10)
	for i := range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = load()
		}()
	}
	wg.Wait()
	same := true
	for _, r := range results {
		same = same && r == results[0]
	}
	fmt.Println("runs:", runs, "same:", same)
	fmt.Printf("%+v\n", *load())
	fmt.Println(load())
}
