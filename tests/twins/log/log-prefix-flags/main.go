// SetPrefix, Lmsgprefix, Flags, Prefix, SetOutput and Writer on the standard logger.
package main

import (
	"fmt"
	"log"
	"os"
)

func main() {
	fmt.Println(log.Flags(), log.Flags() == log.LstdFlags, log.Prefix() == "", log.Writer() == os.Stderr)
	fmt.Println(log.Ldate, log.Ltime, log.Lmicroseconds, log.Llongfile, log.Lshortfile, log.LUTC, log.Lmsgprefix, log.LstdFlags)
	log.SetFlags(0)
	log.SetPrefix("app: ")
	log.Println("with a prefix")
	log.SetFlags(log.Lmsgprefix)
	log.Println("prefix moved before the message")
	fmt.Println(log.Flags(), log.Prefix())
	log.SetOutput(os.Stdout)
	log.Print("now on stdout")
	fmt.Println(log.Writer() == os.Stdout)
	log.SetPrefix("")
	log.Print("no prefix")
	log.SetPrefix("[x] ")
	log.SetFlags(0)
	log.Printf("%s|%d", "a", 1)
	log.SetOutput(os.Stderr)
	log.Println("back on stderr")
	fmt.Println("done")
}
