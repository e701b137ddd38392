"""log.Fatal writes its message to standard error, then calls os.Exit(1):
as with os.Exit, deferred calls are skipped. log.SetFlags(0) drops the
date and time, so the output is the same on every run."""

from goexit import defer, fmt, log, run


def load_config() -> Exception | None:
    return Exception("open config.json: no such file or directory")


def main() -> None:
    log.set_flags(0)
    defer(fmt.println, "main: deferred call (never printed)")
    if (err := load_config()) is not None:
        log.fatal("loading config: ", err)
    fmt.println("main: config loaded (never printed)")


if __name__ == "__main__":
    run(main)
