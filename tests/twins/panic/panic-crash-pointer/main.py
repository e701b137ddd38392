"""A pointer panic value prints its type and address: panic: (*main.T) 0xc000..."""

from dataclasses import dataclass

from goexit import defer, fmt, func, panic, ptr, recover, run


@dataclass
class T:
    A: int


@func
def try_(v: object) -> None:
    def report() -> None:
        r = recover()
        fmt.printf("recovered %v (%T)\n", r, r)

    defer(report)
    panic(v)


def main() -> None:
    try_(ptr(T(1)))
    try_("a string")
    defer(fmt.println, "deferred call runs before the crash")
    fmt.println("panicking")
    panic(ptr(T(1)))


if __name__ == "__main__":
    run(main)
