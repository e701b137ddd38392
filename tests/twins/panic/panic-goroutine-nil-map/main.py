"""A run-time error in another goroutine: the whole program crashes with Go's message and status 2."""

from dataclasses import dataclass, field

from goexit import defer, fmt, func, go, run, sync


@dataclass
class Cache:
    mu: sync.Mutex = field(default_factory=sync.Mutex)
    items: dict[str, int] | None = None

    @func
    def put(self, k: str, v: int) -> None:
        self.mu.lock()
        defer(self.mu.unlock)
        self.items[k] = v  # type: ignore[index]


def main() -> None:
    c = Cache()
    wg = sync.WaitGroup()
    wg.add(1)

    def worker() -> None:
        fmt.println("worker storing")
        c.put("a", 1)
        wg.done()

    go(worker)
    wg.wait()


if __name__ == "__main__":
    run(main)
