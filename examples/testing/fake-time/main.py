"""Inside a synctest bubble time is fake: the clock starts at midnight UTC,
2000-01-01, and moves only when every goroutine of the bubble is durably
blocked, straight to the next timer. So a 5-second timeout is tested at
once, and exactly. synctest.wait returns when every other goroutine of
the bubble is durably blocked: the moment to look at what they did."""

from goexit import Recv, context, defer, go, nil_recv, select, synctest, testing, time


def fetch(ctx: context.Context, delay: time.Duration) -> tuple[str, BaseException | None]:
    """Stands for a call to a server that answers after delay, unless ctx ends first."""
    match select(Recv(time.after(delay)), Recv(ctx.done())):
        case (0, _, _):
            return "response", None
        case _:
            return "", ctx.err()


def TestFetchTimesOut(t: testing.T) -> None:
    def bubbled(t: testing.T) -> None:
        start = time.now()
        t.log("the bubble's clock starts at", start.utc())
        ctx, cancel = context.with_timeout(t.context(), 5 * time.Second)
        defer(cancel)
        _, err = fetch(ctx, 10 * time.Second)
        t.log("fetch:", err, "after", time.since(start))

    synctest.test(t, bubbled)


def TestFetchInTime(t: testing.T) -> None:
    def bubbled(t: testing.T) -> None:
        start = time.now()
        ctx, cancel = context.with_timeout(t.context(), 5 * time.Second)
        defer(cancel)
        resp, err = fetch(ctx, 2 * time.Second)
        t.log("fetch:", resp, err, "after", time.since(start))

    synctest.test(t, bubbled)


def TestWaitForTheWorker(t: testing.T) -> None:
    def bubbled(t: testing.T) -> None:
        ctx, cancel = context.with_cancel(t.context())
        stopped = False

        def worker() -> None:
            nonlocal stopped
            nil_recv(ctx.done())
            stopped = True

        go(worker)
        synctest.wait()
        t.log("before cancel: stopped =", stopped)
        cancel()
        synctest.wait()  # the worker has run and returned
        t.log("after cancel and Wait: stopped =", stopped)

    synctest.test(t, bubbled)


if __name__ == "__main__":
    testing.main()
