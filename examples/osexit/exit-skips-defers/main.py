"""Deferred calls do not run when os.Exit ends the program, neither in the
function that calls it nor in its callers: cleanup written as a defer
(closing a file, removing a temporary file, unlocking) is skipped."""

from goexit import defer, func, os, run


def cleanup(what: str) -> None:
    print("cleanup:", what)


@func
def load_config() -> None:
    defer(cleanup, "loadConfig's deferred call")
    print("loadConfig: fatal error, calling os.Exit(1)")
    os.exit(1)


def main() -> None:
    defer(cleanup, "main's deferred call")
    print("main: start")
    load_config()
    print("main: after loadConfig (never printed)")


if __name__ == "__main__":
    run(main)
