"""log.Panicf is recoverable and logs first; log.Fatalln logs and exits with status 1 without running defers."""

from goexit import defer, fmt, func, log, os, recover, run


def risky() -> BaseException | None:
    err: BaseException | None = None

    @func
    def body() -> None:
        nonlocal err

        def handler() -> None:
            nonlocal err
            r = recover()
            if r is not None:
                err = fmt.errorf("recovered: %v", r)

        defer(handler)
        log.panicf("bad input %q (code %d)", "x", 7)
        err = None  # type: ignore[unreachable]

    body()
    return err


def main() -> None:
    log.set_flags(0)
    log.set_output(os.Stdout)
    log.set_prefix("app: ")
    fmt.println(risky())
    log.println("values:", 1, True, None, 2.5)
    log.printf("%5.1f|%-4s|", 3.14159, "ab")
    defer(fmt.println, "not printed")
    log.fatalln("fatal:", "giving up")


if __name__ == "__main__":
    run(main)
