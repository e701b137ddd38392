"""Closing a nil or an already closed channel panics; both are recovered and reported."""

from collections.abc import Callable

from goexit import Chan, close, defer, fmt, func, recover, run


@func
def try_(name: str, f: Callable[[], None]) -> None:
    defer(lambda: fmt.printf("%s: %v\n", name, recover()))
    f()


def main() -> None:
    nil_ch: Chan[int] | None = None
    try_("close nil", lambda: close(nil_ch))
    ch: Chan[int] = Chan(int, 1)
    try_("close once", lambda: close(ch))
    try_("close twice", lambda: close(ch))
    try_("send on closed", lambda: ch.send(1))
    v, ok = ch.recv_ok()
    fmt.println("receive from closed:", v, ok)


if __name__ == "__main__":
    run(main)
