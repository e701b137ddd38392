"""close wakes every goroutine waiting to receive from the channel, where
a send wakes only one. A closed channel is therefore a broadcast: here
one close tells three workers to stop."""

from goexit import Chan, close, fmt, run, sync


def main() -> None:
    stop: Chan[None] = Chan()
    stopped = [False] * 3
    wg = sync.WaitGroup()
    for i in range(3):

        def worker(i: int = i) -> None:
            stop.recv()
            stopped[i] = True

        wg.go(worker)
    close(stop)
    wg.wait()
    for i, ok in enumerate(stopped):
        if ok:
            fmt.println("worker", i, "woke up and stopped")


if __name__ == "__main__":
    run(main)
