"""To keep buffered output, flush it before calling os.Exit: a direct
call to Flush runs, where a deferred one would not."""

import sys

from goexit import bufio, fmt, os, run


def main() -> None:
    w = bufio.new_writer(sys.stdout)
    w.write_string("report line 1\n")
    w.write_string("report line 2\n")
    try:
        w.flush()
    except OSError as err:
        fmt.fprintln(os.Stderr, "flush:", err)
    os.exit(1)


if __name__ == "__main__":
    run(main)
