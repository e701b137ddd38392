"""Cleanups of a test and its subtests: each subtest's run when it is done (LIFO), its own
context cancelled first while the parent's is still live; the parent's run after all
its subtests; skipped and failing subtests; subtest names made unique."""

from goexit import context, testing


def TestCleanupOrder(t: testing.T) -> None:
    parent = t.context()
    t.cleanup(lambda: t.log("parent cleanup A, parent ctx:", parent.err()))

    def sub(t: testing.T) -> None:
        ctx = t.context()
        t.cleanup(lambda: t.log("sub cleanup 1", ctx.err(), parent.err()))
        t.cleanup(lambda: t.log("sub cleanup 2"))
        t.log("sub body, ctx:", ctx.err(), ctx == context.background())

    t.run("sub", sub)
    t.cleanup(lambda: t.log("parent cleanup B"))
    t.logf("multi\nline %d", 2)


def TestSkipAndError(t: testing.T) -> None:
    def skipped(t: testing.T) -> None:
        t.cleanup(lambda: t.log("cleanup of a skipped test"))
        t.skip("not today")

    def errors(t: testing.T) -> None:
        t.error("first error, the test goes on")
        t.errorf("second error: %d", 2)
        t.log("failed so far:", t.failed(), t.name())

    t.run("skipped", skipped)
    t.run("errors", errors)
    t.run("name with spaces", lambda t: t.log(t.name()))
    t.run("name with spaces", lambda t: t.log(t.name()))


if __name__ == "__main__":
    testing.main()
