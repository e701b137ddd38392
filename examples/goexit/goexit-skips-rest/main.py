"""Nothing after runtime.Goexit runs: not the next statement, not the
remaining loop iterations, and the function never returns its result."""

from goexit import Chan, close, defer, fmt, func, go, run, runtime


@func
def lookup(key: str) -> int:
    defer(fmt.println, "lookup: deferred call runs")
    if key == "":
        runtime.goexit()
    return len(key)


def main() -> None:
    done: Chan[None] = Chan()

    def worker() -> None:
        defer(close, done)
        for key in ["a", "bb", "", "dddd"]:
            n = lookup(key)
            fmt.printf("lookup(%q) = %d\n", key, n)
        fmt.println("loop finished (never printed)")

    go(worker)
    done.recv()
    fmt.println("main: the loop ended at the empty key")


if __name__ == "__main__":
    run(main)
