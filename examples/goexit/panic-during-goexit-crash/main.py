"""A panic raised by a deferred call while runtime.Goexit unwinds, and
recovered by none, crashes the program like any other panic: the
remaining deferred calls run as the panic unwinds, then the program
prints the panic and exits with status 2."""

from goexit import defer, fmt, go, panic, run, runtime, select


def main() -> None:
    def worker() -> None:
        defer(fmt.println, "worker: deferred call runs")

        def close_connection() -> None:
            panic("closing the connection failed")

        defer(close_connection)
        fmt.println("worker: calling runtime.Goexit")
        runtime.goexit()

    go(worker)
    select()  # wait forever: the crash ends the program


if __name__ == "__main__":
    run(main)
