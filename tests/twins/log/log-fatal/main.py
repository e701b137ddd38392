"""log.Fatal logs then calls os.Exit(1): deferred calls do not run, what was printed stays."""

from goexit import defer, errors, fmt, log, run


def main() -> None:
    defer(fmt.println, "deferred: never runs")
    log.set_flags(0)
    fmt.println("about to fail")
    err = errors.new("config missing")
    log.fatal("fatal: ", err, None, 42)
    fmt.println("not reached")  # type: ignore[unreachable]


if __name__ == "__main__":
    run(main)
