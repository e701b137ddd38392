"""A panic is the other way to stop a program on an unrecoverable error,
and it differs from os.Exit and log.Fatal: the deferred calls run as
the panic unwinds (and could recover it), then the program prints the
panic with the goroutine's stack and exits with status 2."""

from goexit import defer, fmt, panic, run


def main() -> None:
    defer(fmt.println, "main: deferred call runs")
    panic(Exception("config is invalid"))


if __name__ == "__main__":
    run(main)
