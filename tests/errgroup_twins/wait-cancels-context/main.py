"""With no error, Wait still cancels the group's context when it returns:
its cause is then context.Canceled."""

from goexit import context, errgroup, fmt, run


def main() -> None:
    g, ctx = errgroup.with_context(context.background())
    results = [0] * 3
    for i in range(3):

        def square(i: int = i) -> BaseException | None:
            results[i] = i * i
            return None

        g.go(square)
    fmt.println("before wait:", ctx.err())
    fmt.println("wait:", g.wait(), results)
    fmt.println("after wait:", ctx.err(), context.cause(ctx))


if __name__ == "__main__":
    run(main)
