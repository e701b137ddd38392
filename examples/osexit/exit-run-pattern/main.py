"""Keep os.Exit out of the code that needs cleanup: main only calls
os.Exit(realMain()), and realMain does the work with ordinary deferred
calls, which run when it returns. The status still reaches the parent."""

import sys

from goexit import defer, func, os, run


def work() -> Exception | None:
    return Exception("database unreachable")


@func
def real_main() -> int:
    defer(print, "realMain: deferred cleanup runs")
    if (err := work()) is not None:
        print("error:", err, file=sys.stderr)
        return 1
    return 0


def main() -> None:
    os.exit(real_main() or 0)


if __name__ == "__main__":
    run(main)
