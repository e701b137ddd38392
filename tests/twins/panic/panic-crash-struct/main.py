"""A struct panic value without methods prints its type and an address."""

from dataclasses import dataclass

from goexit import defer, fmt, func, panic, recover, run


@dataclass
class T:
    A: int
    B: str


@func
def try_(v: object) -> None:
    def report() -> None:
        r = recover()
        fmt.printf("recovered %v (%T)\n", r, r)

    defer(report)
    panic(v)


def main() -> None:
    try_(T(1, "x"))
    try_("a string")
    defer(fmt.println, "deferred call runs before the crash")
    fmt.println("panicking")
    panic(T(1, "x"))


if __name__ == "__main__":
    run(main)
