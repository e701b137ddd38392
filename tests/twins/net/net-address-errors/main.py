"""Malformed addresses and unknown networks fail before any socket exists:
the *net.OpError has no addresses, and its cause says what is wrong."""

from goexit import errors, fmt, net, run


def main() -> None:
    for network, address in [
        ("tcp", "127.0.0.1"),
        ("tcp", "[::1]"),
        ("tcp", "::1:0"),
        ("tcp", "[::1]x:0"),
        ("tcp", "[::1:0"),
        ("tcp", "127.0.0.1:-1"),
        ("tcp", "127.0.0.1:65536"),
        ("tcp", "127.0.0.1:99999999999"),
        ("tcp", "127.0.0.1:nosuchservice"),
        ("tcp6", "127.0.0.1:0"),
        ("tcp4", "[::1]:0"),
        ("tcpx", "127.0.0.1:0"),
        ("", "127.0.0.1:0"),
    ]:
        _, err = net.listen(network, address)
        op = errors.as_(err, net.OpError)
        assert op is not None
        fmt.printf(
            "listen %q %q: %v (source %v, addr %v, AddrError %v)\n",
            network,
            address,
            err,
            op.source,
            op.addr,
            errors.as_(err, net.AddrError) is not None,
        )
    _, err = net.dial("tcp", "")
    fmt.println(err)
    _, err = net.dial("tcp", "127.0.0.1")
    fmt.println(err)
    _, err = net.dial("udpx", "127.0.0.1:1")
    ue = errors.as_(err, net.UnknownNetworkError)
    fmt.println(err, ue is not None, ue)

    host, p, err = net.split_host_port("[::1]:80")
    fmt.println(host, p, err, net.join_host_port("::1", "80"), net.join_host_port("127.0.0.1", "80"))
    _, _, err = net.split_host_port("nocolon")
    fmt.println(err)


if __name__ == "__main__":
    run(main)
