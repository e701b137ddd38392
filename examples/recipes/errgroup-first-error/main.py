"""The first error cancels the rest, with golang.org/x/sync/errgroup.
WithContext returns a group and a context that the first failing call
cancels, with its error as the cause; Go starts each call; Wait returns
once all have returned, with the first error. SetLimit(2) lets at most
two calls run at once: the third Go waits for a free slot, and starts
when the context is already cancelled."""

from goexit import Recv, context, errgroup, errors, fmt, run, select, time


def fetch(ctx: context.Context, name: str) -> BaseException | None:
    if name == "orders":
        return errors.new("connection refused")
    got = select(Recv(time.after(time.Minute)), Recv(ctx.done()))  # a slow backend
    if got.case == 0:
        return None
    return ctx.err()


def main() -> None:
    g, ctx = errgroup.with_context(context.background())
    g.set_limit(2)
    names = ["users", "orders", "invoices"]
    errs: list[BaseException | None] = [None] * len(names)
    for i, name in enumerate(names):

        def call(i: int = i, name: str = name) -> BaseException | None:
            errs[i] = fetch(ctx, name)
            if errs[i] is not None:
                return fmt.errorf("fetch %s: %w", name, errs[i])
            return None

        g.go(call)
    err = g.wait()
    for i, name in enumerate(names):
        fmt.printf("%-9s %v\n", name + ":", errs[i])
    fmt.println("Wait:", err)
    fmt.println("cause:", context.cause(ctx))


if __name__ == "__main__":
    run(main)
