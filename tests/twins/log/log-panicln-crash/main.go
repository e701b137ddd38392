// An unrecovered log.Panicln: its value ends with a newline, so the panic line is followed by a tab-indented empty line.
package main

import "log"

func main() {
	log.SetFlags(0)
	log.Panicln("giving up:", 3, "retries")
}
