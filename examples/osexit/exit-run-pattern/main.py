"""Keep os.Exit out of the code that needs cleanup: main only calls
os.Exit(realMain()), and realMain does the work with ordinary deferred
calls, which run when it returns. The status still reaches the parent."""

from goexit import defer, fmt, func, os, run


def work() -> Exception | None:
    return Exception("database unreachable")


@func
def real_main() -> int:
    defer(fmt.println, "realMain: deferred cleanup runs")
    if (err := work()) is not None:
        fmt.fprintln(os.Stderr, "error:", err)
        return 1
    return 0


def main() -> None:
    os.exit(real_main() or 0)


if __name__ == "__main__":
    run(main)
