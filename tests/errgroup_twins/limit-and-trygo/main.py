"""SetLimit caps the active goroutines: TryGo refuses when the group is full,
Go blocks until a slot frees up."""

from goexit import Chan, close, errgroup, fmt, go, run


def main() -> None:
    g = errgroup.Group()
    g.set_limit(2)
    release: Chan[None] = Chan()
    started: Chan[int] = Chan(int, 3)
    for i in range(2):

        def task(i: int = i) -> BaseException | None:
            started.send(i)
            release.recv()
            return None

        g.go(task)
    started.recv()
    started.recv()
    fmt.println("try while full:", g.try_go(lambda: None))
    go(lambda: release.send(None))

    def third() -> BaseException | None:  # blocks until one of the first two returns
        started.send(2)
        return None

    g.go(third)
    fmt.println("third started:", started.recv())
    close(release)
    fmt.println("wait:", g.wait())
    fmt.println("try when empty:", g.try_go(lambda: None), g.wait())


if __name__ == "__main__":
    run(main)
