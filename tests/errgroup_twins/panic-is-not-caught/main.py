"""errgroup does not catch panics (since x/sync v0.16.0): a panic in a
function given to Go crashes the program like any goroutine's panic.
Wait may even return first (the goroutine's deferred Done runs while it
panics), so main blocks afterwards rather than racing the crash."""

from goexit import errgroup, panic, run, select


def main() -> None:
    g = errgroup.Group()

    def task() -> BaseException | None:
        panic("task blew up")

    g.go(task)
    _ = g.wait()
    select()


if __name__ == "__main__":
    run(main)
