"""Changing the limit while goroutines of the group are running panics."""

from goexit import Chan, errgroup, fmt, run


def main() -> None:
    g = errgroup.Group()
    g.set_limit(1)
    block: Chan[None] = Chan()

    def task() -> BaseException | None:
        block.recv()
        return None

    g.go(task)
    fmt.println("one goroutine active")
    g.set_limit(5)


if __name__ == "__main__":
    run(main)
