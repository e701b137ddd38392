"""runtime.Goexit takes no argument: it ends the goroutine that calls it,
never another one. A stop helper called by a supervisor ends the
supervisor, not the worker it was meant for. To end another goroutine,
ask it: here by closing a channel it waits on."""

from goexit import Chan, close, defer, fmt, go, run, runtime


def stop() -> None:
    runtime.goexit()


def main() -> None:
    shutdown: Chan[None] = Chan()
    worker_done: Chan[None] = Chan()

    def worker() -> None:
        defer(close, worker_done)
        shutdown.recv()
        fmt.println("worker: asked to stop, returning")

    go(worker)

    supervisor_done: Chan[None] = Chan()

    def supervisor() -> None:
        defer(close, supervisor_done)
        defer(fmt.println, "supervisor: ended by its own call to stop")
        stop()  # meant for the worker
        close(shutdown)

    go(supervisor)
    supervisor_done.recv()

    fmt.println("main: the worker still runs; closing shutdown")
    close(shutdown)
    worker_done.recv()


if __name__ == "__main__":
    run(main)
