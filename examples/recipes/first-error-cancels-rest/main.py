"""The first error cancels the rest. Three fetches share one context; the
first to fail cancels it with its error as the cause, the others see
ctx.Done() and give up, and main reports that first error. This is what
golang.org/x/sync/errgroup.WithContext does for you (the errgroup recipe);
this one uses only the standard library (sync.WaitGroup and
context.WithCancelCause), for a program that takes no dependency."""

from goexit import Recv, context, defer, errors, fmt, run, select, sync, time


def fetch(ctx: context.Context, name: str) -> BaseException | None:
    if name == "orders":
        return errors.new("connection refused")
    got = select(Recv(time.after(time.Minute)), Recv(ctx.done()))  # a slow backend
    if got.case == 0:
        return None
    return ctx.err()


def main() -> None:
    ctx, cancel = context.with_cancel_cause(context.background())
    defer(cancel, None)
    names = ["users", "orders", "invoices"]
    errs: list[BaseException | None] = [None] * len(names)
    wg = sync.WaitGroup()
    for i, name in enumerate(names):

        def task(i: int = i, name: str = name) -> None:
            errs[i] = fetch(ctx, name)
            if errs[i] is not None:
                cancel(fmt.errorf("fetch %s: %w", name, errs[i]))

        wg.go(task)
    wg.wait()
    for i, name in enumerate(names):
        fmt.printf("%-9s %v\n", name + ":", errs[i])
    fmt.println("first error:", context.cause(ctx))


if __name__ == "__main__":
    run(main)
