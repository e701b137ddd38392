// log.New loggers: their own output, prefix and flags; Default() is the standard logger.
package main

import (
	"bufio"
	"fmt"
	"log"
	"os"
)

func main() {
	info := log.New(os.Stdout, "INFO ", 0)
	warn := log.New(os.Stderr, "WARN ", log.Lmsgprefix)
	info.Println("starting", 3, "workers")
	warn.Printf("low disk: %d%%", 91)
	info.Print("a", "b", 1, 2)
	fmt.Println(info.Prefix(), info.Flags(), warn.Flags(), info.Writer() == os.Stdout)
	info.SetPrefix("DEBUG ")
	info.SetFlags(log.Lmsgprefix)
	info.Println("changed")
	buf := bufio.NewWriter(os.Stdout)
	quiet := log.New(buf, "buffered: ", 0)
	quiet.Println("first")
	quiet.Println("second")
	fmt.Println("printed before the buffered lines", buf.Buffered())
	buf.Flush()
	log.Default().SetFlags(0)
	log.Default().SetOutput(os.Stdout)
	log.Println("through the default logger")
	log.Default().Println("same logger", log.Default() == log.Default())
	info.SetOutput(os.Stderr)
	info.Println("moved to stderr")
	fmt.Println(info.Writer() == os.Stderr)
}
