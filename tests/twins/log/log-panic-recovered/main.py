"""log.Panic, Panicf and Panicln log the message, then panic with the same string (Panicln's ends with a newline)."""

from collections.abc import Callable

from goexit import defer, fmt, func, log, os, recover, run


@func
def try_(f: Callable[[], object]) -> None:
    def report() -> None:
        r = recover()
        fmt.printf("recovered %q (%T)\n", r, r)

    defer(report)
    f()


def main() -> None:
    log.set_flags(0)
    log.set_output(os.Stdout)
    try_(lambda: log.panic("a", 1, 2, "b"))
    try_(lambda: log.panicf("code %03d: %v", 7, None))
    try_(lambda: log.panicln("spaced", 1, 2))
    lg = log.new(os.Stdout, "L: ", 0)
    try_(lambda: lg.panic(True, False))
    try_(lambda: lg.panicf("%.1f", 2.25))
    try_(lambda: lg.panicln())
    fmt.println("done")


if __name__ == "__main__":
    run(main)
