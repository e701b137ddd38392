// What the addresses look like: an empty host or 0.0.0.0 listens on every
// address ([::] when the machine has IPv6), localhost resolves through
// /etc/hosts, and a dial to a wildcard reaches the local machine.
package main

import (
	"fmt"
	"net"
	"regexp"
	"strconv"
)

var port = regexp.MustCompile(`:\d+$`)

func mask(a net.Addr) string { return port.ReplaceAllString(a.String(), ":PORT") }

func main() {
	for _, a := range []string{":0", "0.0.0.0:0", "127.0.0.1:0", "localhost:0", "[::1]:0", "[::]:0"} {
		ln, err := net.Listen("tcp", a)
		if err != nil {
			fmt.Println(a, err)
			continue
		}
		fmt.Println(a, "->", mask(ln.Addr()), ln.Addr().Network())
		ln.Close()
	}
	ln, err := net.Listen("tcp", ":0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	p := strconv.Itoa(ln.Addr().(*net.TCPAddr).Port)
	for _, a := range []string{":" + p, "0.0.0.0:" + p, "127.0.0.1:" + p, "localhost:" + p, "[::1]:" + p} {
		c, err := net.Dial("tcp", a)
		if err != nil {
			fmt.Println(a, err)
			continue
		}
		s, err := ln.Accept()
		if err != nil {
			panic(err)
		}
		fmt.Println("dial", port.ReplaceAllString(a, ":PORT"), "->", mask(c.RemoteAddr()),
			"from", mask(c.LocalAddr()), "accepted", mask(s.LocalAddr()), "<-", mask(s.RemoteAddr()),
			c.LocalAddr().String() == s.RemoteAddr().String())
		c.Close()
		s.Close()
	}
	tcp := ln.Addr().(*net.TCPAddr)
	fmt.Println(tcp.IP, tcp.Port == ln.Addr().(*net.TCPAddr).Port, tcp.Zone == "")
}
