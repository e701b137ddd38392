"""With SetTraceback("all") a fatal error lists the other goroutines after the failing one."""

from goexit import Chan, debug, fmt, go, run, sync, time


def main() -> None:
    debug.set_traceback("all")
    started: Chan[bool] = Chan(bool)
    wait: Chan[bool] = Chan(bool)
    for _ in range(2):

        def worker() -> None:
            started.send(True)
            wait.recv()

        go(worker)
    started.recv()
    started.recv()
    time.sleep(20 * time.Millisecond)  # let the workers park in their receive
    fmt.println("two workers blocked")
    mu = sync.Mutex()
    mu.unlock()


if __name__ == "__main__":
    run(main)
