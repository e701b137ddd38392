"""Deferred calls do not run when os.Exit ends the program, neither in the
function that calls it nor in its callers: cleanup written as a defer
(closing a file, removing a temporary file, unlocking) is skipped."""

from goexit import defer, fmt, func, os, run


def cleanup(what: str) -> None:
    fmt.println("cleanup:", what)


@func
def load_config() -> None:
    defer(cleanup, "loadConfig's deferred call")
    fmt.println("loadConfig: fatal error, calling os.Exit(1)")
    os.exit(1)


def main() -> None:
    defer(cleanup, "main's deferred call")
    fmt.println("main: start")
    load_config()
    fmt.println("main: after loadConfig (never printed)")


if __name__ == "__main__":
    run(main)
