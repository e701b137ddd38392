"""The first error cancels the group's context; Wait returns that error, and
the context's cause is the error itself."""

from goexit import context, errgroup, errors, fmt, run


def main() -> None:
    g, ctx = errgroup.with_context(context.background())
    fmt.println(ctx)

    def watcher() -> BaseException | None:
        ctx.done().recv()  # type: ignore[union-attr]
        fmt.println("watcher saw:", ctx.err())
        return ctx.err()

    g.go(watcher)
    g.go(lambda: errors.new("fetch failed"))
    err = g.wait()
    fmt.println("wait:", err)
    fmt.println("ctx:", ctx.err(), "| cause:", context.cause(ctx))
    fmt.println(errors.is_(context.cause(ctx), err))


if __name__ == "__main__":
    run(main)
