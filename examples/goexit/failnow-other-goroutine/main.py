"""testing.T's FailNow must be called from the test's own goroutine, for
runtime.Goexit ends the goroutine that calls it. Called from a goroutine
the test started, it ends that goroutine only: the test carries on past
the failure. This program imitates testing with a tiny T."""

from typing import NoReturn

from goexit import Chan, close, defer, fmt, go, run, runtime


class T:
    """T stands in for testing.T."""

    def __init__(self) -> None:
        self.failed = False

    def fail_now(self) -> NoReturn:
        """FailNow marks the test failed and ends the calling goroutine, as testing.T.FailNow does."""
        self.failed = True
        runtime.goexit()


def test_fetch(t: T) -> None:
    done: Chan[None] = Chan()

    def helper() -> None:
        defer(close, done)
        fmt.println("    helper goroutine: fetch failed, calling t.FailNow")
        t.fail_now()  # wrong goroutine: ends the helper, not the test

    go(helper)
    done.recv()
    fmt.println("    TestFetch: still running after FailNow")


def main() -> None:
    t = T()
    done: Chan[None] = Chan()

    def t_runner() -> None:
        defer(close, done)
        test_fetch(t)

    go(t_runner)
    done.recv()
    if t.failed:
        fmt.println("--- FAIL: TestFetch (but it ran to the end)")


if __name__ == "__main__":
    run(main)
