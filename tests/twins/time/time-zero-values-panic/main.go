package main

import (
	"fmt"
	"time"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: %v\n", name, r)
	}()
	f()
}

func main() {
	var t time.Timer
	try("Timer.Stop", func() { t.Stop() })
	try("Timer.Reset", func() { t.Reset(time.Second) })
	var tk time.Ticker
	try("Ticker.Stop", func() { tk.Stop() })
	try("Ticker.Reset", func() { tk.Reset(time.Second) })
	try("NewTicker(0)", func() { time.NewTicker(0) })
	try("NewTicker(-1)", func() { time.NewTicker(-1) })
	live := time.NewTicker(time.Hour)
	try("Reset(0)", func() { live.Reset(0) })
	live.Stop()
	try("negative timer", func() { <-time.NewTimer(-time.Hour).C })
	try("zero timer", func() { <-time.After(0) })
}
