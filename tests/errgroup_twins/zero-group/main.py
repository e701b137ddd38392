"""The zero Group works without a context: Wait returns the first error
(here the only one), and the other goroutines are not told anything."""

from goexit import errgroup, errors, fmt, run, sync

ErrUnsupported = errors.new("unsupported operation")


def main() -> None:
    g = errgroup.Group()
    ok = [0]
    mu = sync.Mutex()
    for i in range(5):

        def task(i: int = i) -> BaseException | None:
            if i == 3:
                return fmt.errorf("task %d: %w", i, ErrUnsupported)
            mu.lock()
            ok[0] += 1
            mu.unlock()
            return None

        g.go(task)
    err = g.wait()
    fmt.println(err, ok[0], errors.is_(err, ErrUnsupported))


if __name__ == "__main__":
    run(main)
