from goexit import Chan, fmt, go, run, sync, time


def main() -> None:
    mu = sync.Mutex()
    mu.lock()
    ch: Chan[int] = Chan(int)

    def locker() -> None:
        mu.lock()
        ch.send(1)

    go(locker)
    time.after_func(10 * time.Millisecond, lambda: fmt.println("AfterFunc ran"))
    ch.recv()


if __name__ == "__main__":
    run(main)
