"""os.Exit in a deferred call ends the program in the middle of a panic:
the deferred calls before it run, but the panic message and its stack
are never printed, and the status is the one given to os.Exit, not 2."""

from goexit import defer, fmt, os, panic, run


def main() -> None:
    defer(os.exit, 1)
    defer(fmt.println, "main: deferred call runs")
    panic(Exception("config is invalid"))


if __name__ == "__main__":
    run(main)
