// Defer for cleanup: a fake file is created, written and closed; the close error is checked in a deferred closure.
package main

import (
	"errors"
	"fmt"
)

type File struct {
	name   string
	closed bool
	lines  []string
}

func createFile(p string) *File {
	fmt.Println("creating", p)
	return &File{name: p}
}

func (f *File) Write(s string) {
	fmt.Println("writing", s)
	f.lines = append(f.lines, s)
}

func (f *File) Close() error {
	if f.closed {
		return errors.New("close " + f.name + ": file already closed")
	}
	f.closed = true
	fmt.Println("closing", f.name, "with", len(f.lines), "lines")
	return nil
}

func save(p string, twice bool) (err error) {
	f := createFile(p)
	defer func() {
		if cerr := f.Close(); cerr != nil && err == nil {
			err = cerr
		}
	}()
	f.Write("data")
	if twice {
		f.Close()
	}
	return nil
}

func main() {
	fmt.Println("err:", save("/tmp/defer.txt", false))
	fmt.Println("err:", save("/tmp/twice.txt", true))
}
