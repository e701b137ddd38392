"""Closing a nil channel panics. A channel variable that was declared but
never made with make is nil."""

from goexit import Chan, close, fmt, run


def main() -> None:
    ch: Chan[int] | None = None  # never made: nil
    if ch is None:
        fmt.println("ch is nil: it was never made")
    close(ch)  # panics: close of nil channel


if __name__ == "__main__":
    run(main)
