"""Dialling a port nobody listens on fails at once: an *net.OpError whose
cause is an *os.SyscallError wrapping syscall.ECONNREFUSED."""

import re

from goexit import errors, fmt, net, os, panic, run, syscall

port = re.compile(r":\d+")


def main() -> None:
    ln, err = net.listen("tcp", "127.0.0.1:0")
    if err is not None:
        panic(err)
    addr = ln.addr().string()
    ln.close()  # nobody listens there now

    conn, err = net.dial("tcp", addr)
    fmt.println(conn is None, port.sub(":PORT", str(err)))
    fmt.println(
        "ECONNREFUSED:", errors.is_(err, syscall.ECONNREFUSED), "ECONNRESET:", errors.is_(err, syscall.ECONNRESET)
    )
    op = errors.as_(err, net.OpError)
    assert op is not None
    fmt.println("Op:", op.op, "Net:", op.net, "Source:", op.source, "Addr is the target:", str(op.addr) == addr)
    se = errors.as_(err, os.SyscallError)
    assert se is not None
    fmt.println("Syscall:", se.syscall, "Err:", se.err)
    fmt.println("timeout:", op.timeout())


if __name__ == "__main__":
    run(main)
