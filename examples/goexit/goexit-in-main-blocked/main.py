"""runtime.Goexit in main while another goroutine is blocked, not finishing:
the worker waits for a job that main was going to send after Goexit.
Every goroutine left is asleep, so the runtime reports the ordinary
deadlock, with the blocked goroutine's stack, and status 2."""

from goexit import Chan, close, defer, fmt, go, run, runtime


def main() -> None:
    jobs: Chan[str] = Chan()
    ready: Chan[None] = Chan()

    def worker() -> None:
        fmt.println("worker: waiting for a job")
        close(ready)
        job = jobs.recv()  # nobody will send: main is gone
        fmt.println("worker: got", job)

    go(worker)
    ready.recv()
    defer(fmt.println, "main: deferred call runs")
    runtime.goexit()
    jobs.send("report")  # type: ignore[unreachable]  # never reached


if __name__ == "__main__":
    run(main)
