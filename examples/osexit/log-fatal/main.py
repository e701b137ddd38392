"""log.Fatal writes its message to standard error, then calls os.Exit(1):
as with os.Exit, deferred calls are skipped. log.SetFlags(0) drops the
date and time, so the output is the same on every run."""

from goexit import defer, log, run


def load_config() -> Exception | None:
    return Exception("open config.json: no such file or directory")


def main() -> None:
    log.set_flags(0)
    defer(print, "main: deferred call (never printed)")
    if (err := load_config()) is not None:
        log.fatal("loading config: ", err)
    print("main: config loaded (never printed)")


if __name__ == "__main__":
    run(main)
