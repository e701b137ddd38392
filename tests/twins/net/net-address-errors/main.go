// Malformed addresses and unknown networks fail before any socket exists:
// the *net.OpError has no addresses, and its cause says what is wrong.
package main

import (
	"errors"
	"fmt"
	"net"
)

func main() {
	for _, a := range []struct{ network, address string }{
		{"tcp", "127.0.0.1"},
		{"tcp", "[::1]"},
		{"tcp", "::1:0"},
		{"tcp", "[::1]x:0"},
		{"tcp", "[::1:0"},
		{"tcp", "127.0.0.1:-1"},
		{"tcp", "127.0.0.1:65536"},
		{"tcp", "127.0.0.1:99999999999"},
		{"tcp", "127.0.0.1:nosuchservice"},
		{"tcp6", "127.0.0.1:0"},
		{"tcp4", "[::1]:0"},
		{"tcpx", "127.0.0.1:0"},
		{"", "127.0.0.1:0"},
	} {
		_, err := net.Listen(a.network, a.address)
		var op *net.OpError
		errors.As(err, &op)
		var ae *net.AddrError
		fmt.Printf("listen %q %q: %v (source %v, addr %v, AddrError %v)\n",
			a.network, a.address, err, op.Source, op.Addr, errors.As(err, &ae))
	}
	_, err := net.Dial("tcp", "")
	fmt.Println(err)
	_, err = net.Dial("tcp", "127.0.0.1")
	fmt.Println(err)
	var ue net.UnknownNetworkError
	_, err = net.Dial("udpx", "127.0.0.1:1")
	fmt.Println(err, errors.As(err, &ue), ue)

	host, p, err := net.SplitHostPort("[::1]:80")
	fmt.Println(host, p, err, net.JoinHostPort("::1", "80"), net.JoinHostPort("127.0.0.1", "80"))
	_, _, err = net.SplitHostPort("nocolon")
	fmt.Println(err)
}
