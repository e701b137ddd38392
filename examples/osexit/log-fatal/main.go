// log.Fatal writes its message to standard error, then calls os.Exit(1):
// as with os.Exit, deferred calls are skipped. log.SetFlags(0) drops the
// date and time, so the output is the same on every run.
package main

import (
	"errors"
	"fmt"
	"log"
)

func loadConfig() error {
	return errors.New("open config.json: no such file or directory")
}

func main() {
	log.SetFlags(0)
	defer fmt.Println("main: deferred call (never printed)")
	if err := loadConfig(); err != nil {
		log.Fatal("loading config: ", err)
	}
	fmt.Println("main: config loaded (never printed)")
}
