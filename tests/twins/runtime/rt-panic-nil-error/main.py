from goexit import defer, errors, fmt, func, panic, recover, run, runtime


def main() -> None:
    @func
    def inner() -> None:
        def check() -> None:
            r = recover()
            fmt.println("recovered:", r)
            pe = errors.as_(r, runtime.PanicNilError)  # type: ignore[arg-type]
            fmt.println("errors.As PanicNilError:", pe is not None)
            is_runtime = isinstance(r, runtime.Error)
            fmt.println("a runtime.Error:", is_runtime, "nil:", r is None)

        defer(check)
        panic(None)

    inner()
    err: BaseException | None = None
    defer(fmt.println, "deferred runs before the crash")
    panic(err)


if __name__ == "__main__":
    run(main)
