"""Goexit called five calls deep ends the goroutine at once: every deferred
call on the way up runs, last in first out, and nothing after a call does."""

from goexit import Chan, close, defer, fmt, func, go, run, runtime


@func
def parse_json() -> None:
    defer(fmt.println, "defer in parseJSON")
    validate()
    fmt.println("parseJSON: after validate (never printed)")


@func
def validate() -> None:
    defer(fmt.println, "defer in validate")
    check_auth()
    fmt.println("validate: after checkAuth (never printed)")


@func
def check_auth() -> None:
    defer(fmt.println, "defer in checkAuth")
    load_config()
    fmt.println("checkAuth: after loadConfig (never printed)")


@func
def load_config() -> None:
    defer(fmt.println, "defer in loadConfig")
    panic_if_invalid()
    fmt.println("loadConfig: after panicIfInvalid (never printed)")


@func
def panic_if_invalid() -> None:
    defer(fmt.println, "defer in panicIfInvalid")
    fmt.println("panicIfInvalid: config is invalid, calling runtime.Goexit")
    runtime.goexit()
    fmt.println("panicIfInvalid: after Goexit (never printed)")  # type: ignore[unreachable]


def main() -> None:
    done: Chan[None] = Chan()

    def worker() -> None:
        defer(close, done)
        parse_json()
        fmt.println("goroutine: after parseJSON (never printed)")

    go(worker)
    done.recv()
    fmt.println("main: the worker goroutine has ended")


if __name__ == "__main__":
    run(main)
