"""debug.SetTraceback cannot go below GOTRACEBACK (single by default): "none" still prints the failing goroutine."""

from goexit import debug, fmt, panic, run


def main() -> None:
    debug.set_traceback("none")
    fmt.println("set to none")
    panic(fmt.sprintf("%d failures", 2))


if __name__ == "__main__":
    run(main)
