"""Since Go 1.21, panic(nil) is a panic like any other: recover returns a
*runtime.PanicNilError, not nil, so a deferred guard can tell it apart
from runtime.Goexit, during which recover returns nil. The guard prints
no error text: that text changed in Go 1.27."""

from collections.abc import Callable

from goexit import Chan, close, defer, errors, fmt, go, panic, recover, run, runtime


def guard(name: str, f: Callable[[], object]) -> None:
    done: Chan[None] = Chan()

    def body() -> None:
        defer(close, done)

        def report() -> None:
            r = recover()
            err = r if isinstance(r, BaseException) else None
            pnil = errors.as_(err, runtime.PanicNilError)
            fmt.printf("%-10s recover() != nil: %t; a PanicNilError: %t\n", name + ":", r is not None, pnil is not None)

        defer(report)
        f()

    go(body)
    done.recv()


def main() -> None:
    guard("panic(nil)", lambda: panic(None))
    guard("Goexit", runtime.goexit)


if __name__ == "__main__":
    run(main)
