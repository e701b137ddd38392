"""testing.T's FailNow (and Fatal, which calls it) stops a test with
runtime.Goexit: each test runs in a goroutine of its own, the test's
deferred cleanups run, the code after the call does not, and the test
runner goes on to the next test. An example is a main package, not a
test, so this program imitates testing with a tiny T."""

from collections.abc import Callable
from typing import NoReturn

from goexit import Chan, close, defer, fmt, func, go, run, runtime


class T:
    """T stands in for testing.T."""

    def __init__(self) -> None:
        self.failed = False

    def fatal(self, msg: str) -> NoReturn:
        """Fatal prints msg, then stops the test with FailNow, as testing.T.Fatal does."""
        fmt.println("    " + msg)
        self.fail_now()

    def fail_now(self) -> NoReturn:
        """FailNow marks the test failed and ends its goroutine, as testing.T.FailNow does."""
        self.failed = True
        runtime.goexit()


def run_test(name: str, test: Callable[[T], object]) -> None:
    """runTest runs test in a new goroutine and waits for it, as testing's tRunner does."""
    fmt.println("=== RUN  ", name)
    t = T()
    done: Chan[None] = Chan()

    def t_runner() -> None:
        defer(close, done)
        test(t)

    go(t_runner)
    done.recv()
    if t.failed:
        fmt.println("--- FAIL:", name)
    else:
        fmt.println("--- PASS:", name)


@func
def test_open(t: T) -> None:
    defer(fmt.println, "    TestOpen: deferred cleanup runs")
    t.fatal("open config.json: no such file or directory")
    fmt.println("    TestOpen: after Fatal (never printed)")  # type: ignore[unreachable]


def add(a: int, b: int) -> int:
    return a + b


def test_add(t: T) -> None:
    if (got := add(2, 3)) != 5:
        t.fatal(f"add(2, 3) = {got}, want 5")


def main() -> None:
    run_test("TestOpen", test_open)
    run_test("TestAdd", test_add)


if __name__ == "__main__":
    run(main)
