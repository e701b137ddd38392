"""runtime.Goexit is not a panic. A deferred recover() stops a panic and
the goroutine carries on; during Goexit recover() returns nil, nothing
is stopped, and the goroutine ends."""

from collections.abc import Callable

from goexit import Chan, close, defer, fmt, func, go, panic, recover, run, runtime


@func
def guarded(name: str, fail: Callable[[], object]) -> None:
    def check() -> None:
        if (r := recover()) is not None:
            fmt.println(name + ": recover() returned", r)
        else:
            fmt.println(name + ": recover() returned nil")

    defer(check)
    fail()


def main() -> None:
    cases: list[tuple[str, Callable[[], object]]] = [
        ("with panic", lambda: panic("boom")),
        ("with Goexit", runtime.goexit),
    ]
    for name, fail in cases:
        done: Chan[None] = Chan()

        def worker(name: str, fail: Callable[[], object], done: Chan[None]) -> None:
            defer(close, done)
            guarded(name, fail)
            fmt.println(name + ": the goroutine carries on")

        go(worker, name, fail, done)
        done.recv()


if __name__ == "__main__":
    run(main)
