// panic(err) with a net error prints the error's text (nothing listens on
// port 1 of the loopback address, so the text is the same on every run),
// and the program exits with status 2.
package main

import (
	"fmt"
	"net"
)

func main() {
	conn, err := net.Dial("tcp", "127.0.0.1:1")
	if err != nil {
		fmt.Println("dial failed, conn is nil:", conn == nil)
		panic(err)
	}
	conn.Close()
}
