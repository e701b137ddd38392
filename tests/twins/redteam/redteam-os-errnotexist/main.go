// os's portable errors (ErrNotExist, ErrExist, ErrPermission, ErrInvalid, ErrClosed) wrapped and matched with errors.Is.
package main

import (
	"errors"
	"fmt"
	"os"
)

type lookupError struct {
	key string
	err error
}

func (e *lookupError) Error() string { return "lookup " + e.key + ": " + e.err.Error() }
func (e *lookupError) Unwrap() error { return e.err }

func find(key string) error {
	switch key {
	case "missing":
		return &lookupError{key, os.ErrNotExist}
	case "dup":
		return fmt.Errorf("create %s: %w", key, os.ErrExist)
	case "secret":
		return fmt.Errorf("read %s: %w", key, os.ErrPermission)
	case "":
		return os.ErrInvalid
	}
	return nil
}

func main() {
	for _, k := range []string{"missing", "dup", "secret", "", "ok"} {
		err := find(k)
		fmt.Printf("%q: %v | notexist=%t exist=%t perm=%t invalid=%t\n", k, err,
			errors.Is(err, os.ErrNotExist), errors.Is(err, os.ErrExist),
			errors.Is(err, os.ErrPermission), errors.Is(err, os.ErrInvalid))
	}
	fmt.Println(os.ErrClosed, errors.Is(fmt.Errorf("x: %w", os.ErrClosed), os.ErrClosed))
	fmt.Printf("%T\n", os.ErrNotExist)
}
