// A twin may raise its own error class where Go panics with an error: recover gets it, the crash prints its message.
package main

import (
	"errors"
	"fmt"
)

type ValidationError struct {
	Field string
}

func (e *ValidationError) Error() string { return "invalid " + e.Field }

func validate(field string) {
	if field == "" {
		panic(errors.New("empty field name"))
	}
	panic(&ValidationError{field})
}

func check(field string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	validate(field)
	return nil
}

func main() {
	err := check("email")
	var ve *ValidationError
	fmt.Println(err, errors.As(err, &ve), ve.Field)
	fmt.Println(check(""))
	validate("age")
}
