"""A Logger's Fatalf on stdout: formatted through fmt, then exit status 1, even from another goroutine."""

from goexit import Chan, defer, fmt, go, log, os, run


def main() -> None:
    lg = log.new(os.Stdout, "[svc] ", log.Lmsgprefix)
    done: Chan[bool] = Chan(bool)

    def worker() -> None:
        defer(fmt.println, "worker deferred: never runs")
        lg.printf("worker %d starting", 1)
        lg.fatalf("worker %d: %v (%T)", 1, fmt.errorf("wrapped: %w", os.ErrDeadlineExceeded), 2.5)

    go(worker)
    done.recv()


if __name__ == "__main__":
    run(main)
