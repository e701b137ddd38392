"""A slow call selects on ctx.Done(): when the timeout expires it gives up
and returns ctx.Err(), context.DeadlineExceeded. A child's deadline never
exceeds its parent's, and WithTimeoutCause says why the time ran out."""

from typing import cast

from goexit import Chan, Recv, context, defer, errors, fmt, go, nil_recv, run, select, time


def slow_query(ctx: context.Context) -> tuple[str, BaseException | None]:
    result: Chan[str] = Chan(str, 1)

    def slow() -> None:
        time.sleep(time.Second)  # the slow part
        result.send("rows")

    go(slow)
    got = select(Recv(result), Recv(ctx.done()))
    if got.case == 0:
        return cast(str, got.value), None
    return "", ctx.err()


def main() -> None:
    ctx, cancel = context.with_timeout(context.background(), 20 * time.Millisecond)
    defer(cancel)
    _, err = slow_query(ctx)
    fmt.println("query:", err)
    fmt.println("is DeadlineExceeded:", errors.is_(err, context.DeadlineExceeded))

    parent, cancel_parent = context.with_timeout(context.background(), time.Second)
    defer(cancel_parent)
    child, cancel_child = context.with_timeout(parent, time.Hour)
    defer(cancel_child)
    pd, _ = parent.deadline()
    cd, _ = child.deadline()
    fmt.println("child deadline is the parent's:", cd == pd)

    slow = errors.new("backend too slow")
    ctx2, cancel2 = context.with_timeout_cause(context.background(), time.Millisecond, slow)
    defer(cancel2)
    nil_recv(ctx2.done())
    fmt.println(ctx2.err(), "|", context.cause(ctx2))


if __name__ == "__main__":
    run(main)
