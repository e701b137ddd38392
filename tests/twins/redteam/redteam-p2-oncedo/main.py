"""sync.Once: ten goroutines race to initialise a config; the function runs exactly once."""

from __future__ import annotations

from dataclasses import dataclass

from goexit import Pointer, defer, deref, fmt, go, ptr, run, sync


@dataclass
class config:  # noqa: N801
    name: str
    retries: int


once = sync.Once()
cfg: Pointer[config] | None = None
runs = 0


def load() -> Pointer[config] | None:
    def init() -> None:
        global cfg, runs
        runs += 1
        cfg = ptr(config("prod", 3))

    once.do(init)
    return cfg


def main() -> None:
    wg = sync.WaitGroup()
    results: list[Pointer[config] | None] = [None] * 10
    for i in range(10):
        wg.add(1)

        def work(i: int = i) -> None:
            defer(wg.done)
            results[i] = load()

        go(work)
    wg.wait()
    same = True
    for r in results:
        same = same and r is results[0]
    fmt.println("runs:", runs, "same:", same)
    fmt.printf("%+v\n", deref(load()))
    fmt.println(load())


if __name__ == "__main__":
    run(main)
