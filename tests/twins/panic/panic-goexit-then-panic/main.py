"""A panic in a deferred call run by Goexit: Goexit is not printed, the panic is, without a tab."""

from goexit import Chan, defer, fmt, go, panic, run, runtime


def main() -> None:
    done: Chan[bool] = Chan(bool)

    def worker() -> None:
        def fail() -> None:
            panic("panic during Goexit")

        defer(fmt.println, "deferred print")
        defer(fail)
        runtime.goexit()

    go(worker)
    done.recv()
    fmt.println("not reached")


if __name__ == "__main__":
    run(main)
