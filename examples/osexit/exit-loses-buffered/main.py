"""os.Exit keeps what was already written to os.Stdout, which has no
buffer of its own, and loses what a bufio.Writer still holds: only
Flush writes that out, and a deferred Flush never runs."""

import sys

from goexit import bufio, defer, fmt, os, run


def main() -> None:
    w = bufio.new_writer(sys.stdout)
    defer(w.flush)  # never runs
    fmt.println("written to os.Stdout: kept")
    w.write_string("written to the bufio.Writer: lost\n")
    os.exit(1)


if __name__ == "__main__":
    run(main)
