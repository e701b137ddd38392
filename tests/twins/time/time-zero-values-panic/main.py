from collections.abc import Callable

from goexit import defer, fmt, func, recover, run, time


@func
def try_(name: str, f: Callable[[], object]) -> None:
    def report() -> None:
        r = recover()
        fmt.printf("%s: %v\n", name, r)

    defer(report)
    f()


def main() -> None:
    t = time.Timer()
    try_("Timer.Stop", lambda: t.stop())
    try_("Timer.Reset", lambda: t.reset(time.Second))
    tk = time.Ticker()
    try_("Ticker.Stop", lambda: tk.stop())
    try_("Ticker.Reset", lambda: tk.reset(time.Second))
    try_("NewTicker(0)", lambda: time.new_ticker(0))
    try_("NewTicker(-1)", lambda: time.new_ticker(-1))
    live = time.new_ticker(time.Hour)
    try_("Reset(0)", lambda: live.reset(0))
    live.stop()
    try_("negative timer", lambda: time.new_timer(-time.Hour).c.recv())  # type: ignore[union-attr]
    try_("zero timer", lambda: time.after(0).recv())


if __name__ == "__main__":
    run(main)
