"""What the addresses look like: an empty host or 0.0.0.0 listens on every
address ([::] when the machine has IPv6), localhost resolves through
/etc/hosts, and a dial to a wildcard reaches the local machine."""

import re

from goexit import defer, fmt, net, panic, run

port = re.compile(r":\d+$")


def mask(a: net.Addr) -> str:
    return port.sub(":PORT", a.string())


def main() -> None:
    for a in [":0", "0.0.0.0:0", "127.0.0.1:0", "localhost:0", "[::1]:0", "[::]:0"]:
        ln, err = net.listen("tcp", a)
        if err is not None:
            fmt.println(a, err)
            continue
        fmt.println(a, "->", mask(ln.addr()), ln.addr().network())
        ln.close()
    ln, err = net.listen("tcp", ":0")
    if err is not None:
        panic(err)
    defer(ln.close)
    p = str(ln.addr().port)
    for a in [":" + p, "0.0.0.0:" + p, "127.0.0.1:" + p, "localhost:" + p, "[::1]:" + p]:
        c, err = net.dial("tcp", a)
        if err is not None:
            fmt.println(a, err)
            continue
        s, err = ln.accept()
        if err is not None:
            panic(err)
        fmt.println(
            "dial",
            port.sub(":PORT", a),
            "->",
            mask(c.remote_addr()),
            "from",
            mask(c.local_addr()),
            "accepted",
            mask(s.local_addr()),
            "<-",
            mask(s.remote_addr()),
            c.local_addr().string() == s.remote_addr().string(),
        )
        c.close()
        s.close()
    tcp = ln.addr()
    fmt.println(tcp.ip, tcp.port == ln.addr().port, tcp.zone == "")


if __name__ == "__main__":
    run(main)
