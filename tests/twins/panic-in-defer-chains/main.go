package main

import "errors"

func main() {
	defer func() { panic(errors.New("second")) }()
	panic("first")
}
