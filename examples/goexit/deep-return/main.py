"""Goexit called five calls deep ends the goroutine at once: every deferred
call on the way up runs, last in first out, and nothing after a call does."""

from goexit import Chan, close, defer, func, go, run, runtime


@func
def parse_json() -> None:
    defer(print, "defer in parseJSON")
    validate()
    print("parseJSON: after validate (never printed)")


@func
def validate() -> None:
    defer(print, "defer in validate")
    check_auth()
    print("validate: after checkAuth (never printed)")


@func
def check_auth() -> None:
    defer(print, "defer in checkAuth")
    load_config()
    print("checkAuth: after loadConfig (never printed)")


@func
def load_config() -> None:
    defer(print, "defer in loadConfig")
    panic_if_invalid()
    print("loadConfig: after panicIfInvalid (never printed)")


@func
def panic_if_invalid() -> None:
    defer(print, "defer in panicIfInvalid")
    print("panicIfInvalid: config is invalid, calling runtime.Goexit")
    runtime.goexit()
    print("panicIfInvalid: after Goexit (never printed)")  # type: ignore[unreachable]


def main() -> None:
    done: Chan[None] = Chan()

    def worker() -> None:
        defer(close, done)
        parse_json()
        print("goroutine: after parseJSON (never printed)")

    go(worker)
    done.recv()
    print("main: the worker goroutine has ended")


if __name__ == "__main__":
    run(main)
