"""A test that starts a goroutine gives it t.context(), not
context.background(): the testing package cancels that context when the
test ends, just before the cleanup functions run, so the worker is told
to stop and a cleanup can wait until it has. Cleanups run last in, first
out, and they run even when the test stops early with t.fatal."""

from goexit import Chan, close, context, defer, go, nil_recv, testing


def worker(ctx: context.Context, done: Chan[None]) -> None:
    """Stands for code under test that runs until its context ends."""
    defer(close, done)
    nil_recv(ctx.done())


def TestWorkerStopsWithTheTest(t: testing.T) -> None:
    ctx = t.context()
    done: Chan[None] = Chan()
    go(worker, ctx, done)

    def wait_for_worker() -> None:
        done.recv()  # the context is cancelled by now, so the worker returns
        t.log("cleanup 1 (registered first, runs last): the worker has returned")

    t.cleanup(wait_for_worker)
    t.cleanup(lambda: t.log("cleanup 2 (registered last, runs first): ctx.Err() =", ctx.err()))
    t.log("the test's function returns; ctx.Err() =", ctx.err())


def TestCleanupsRunAfterFatal(t: testing.T) -> None:
    t.cleanup(lambda: t.log("cleanup: runs although the test stopped early"))
    t.fatal("config.json: no such file or directory")
    t.log("never printed: Fatal ended the test's goroutine")  # type: ignore[unreachable]


if __name__ == "__main__":
    testing.main()
