"""An error panic value prints its Error() text, whatever its type."""

from dataclasses import dataclass

from goexit import defer, fmt, func, panic, recover, run


@dataclass
class NotFound(Exception):
    Name: str

    def __str__(self) -> str:
        return self.Name + ": not found"


@func
def try_(v: object) -> None:
    def report() -> None:
        r = recover()
        fmt.printf("recovered %v (%T)\n", r, r)

    defer(report)
    panic(v)


def main() -> None:
    try_(NotFound("config.yaml"))
    try_("a string")
    defer(fmt.println, "deferred call runs before the crash")
    fmt.println("panicking")
    panic(NotFound("config.yaml"))


if __name__ == "__main__":
    run(main)
