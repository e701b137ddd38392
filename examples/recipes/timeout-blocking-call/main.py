"""A timeout around a blocking call that takes no context: run the call in
a goroutine and select on its result and on the deadline. The result
channel has room for one value, so once the caller has given up, the
call can still finish and its goroutine exit, instead of blocking for
ever on a send that nobody will receive."""

from collections.abc import Callable
from typing import TypeVar, cast

from goexit import Chan, Recv, close, context, defer, fmt, func, go, run, runtime, select, time

T = TypeVar("T")


@func
def call_with_timeout(d: time.Duration, call: Callable[[], T]) -> tuple[T | None, BaseException | None]:
    ctx, cancel = context.with_timeout(context.background(), d)
    defer(cancel)
    result: Chan[T] = Chan(None, 1)
    go(lambda: result.send(call()))
    got = select(Recv(result), Recv(ctx.done()))
    if got.case == 0:
        return cast(T, got.value), None
    return None, ctx.err()


def report(v: str | None, err: BaseException | None) -> None:
    if err is not None:
        fmt.println("gave up:", err)
        return
    fmt.println("got:", v)


def main() -> None:
    # (A @func returns None only if a deferred call recovered a panic: Go's zero results, nil and nil.)
    report(*(call_with_timeout(time.Second, lambda: "a quick answer") or (None, None)))

    unblock: Chan[None] = Chan()

    def hangs() -> str:
        unblock.recv()  # a call that hangs, like a lookup on a dead server
        return "a late answer"

    report(*(call_with_timeout(50 * time.Millisecond, hangs) or (None, None)))

    close(unblock)  # the hung call returns at last, into the buffer
    i = 0
    while i < 1000 and runtime.num_goroutine() > 1:
        time.sleep(time.Millisecond)
        i += 1
    fmt.println("goroutines besides main:", runtime.num_goroutine() - 1)


if __name__ == "__main__":
    run(main)
