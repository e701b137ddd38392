"""Checking ctx.Err() between units of work is fine, and common: when a
unit is short and waits for nothing, one check per unit is all it costs.
The worker finishes the unit in hand, sees the error at its next check
and returns. (A select on ctx.Done() is for when the goroutine waits.)"""

from collections.abc import Callable

from goexit import Chan, context, defer, fmt, go, run


def work(ctx: context.Context, units: int, progress: Callable[[int], None]) -> tuple[int, BaseException | None]:
    for unit in range(1, units + 1):
        if (err := ctx.err()) is not None:
            return unit - 1, err
        progress(unit)  # the unit of work, then its progress report
    return units, None


def main() -> None:
    ctx, cancel = context.with_cancel(context.background())
    defer(cancel)
    result: Chan[str] = Chan(str)

    def worker() -> None:
        def progress(unit: int) -> None:
            fmt.println("unit", unit, "done")
            if unit == 3:
                cancel()  # say, the user pressed Stop during unit 3

        done, err = work(ctx, 10, progress)
        result.send(fmt.sprintf("worker: %d of 10 units done: %v", done, err))

    go(worker)
    fmt.println(result.recv())


if __name__ == "__main__":
    run(main)
