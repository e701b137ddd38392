from goexit import Chan, fmt, go, nil_recv, run, select, time


def main() -> None:
    ready: Chan[bool] = Chan(bool)

    def sleeper() -> None:
        ready.send(True)
        time.sleep(15 * time.Millisecond)
        fmt.println("sleeper wakes, then waits for ever")
        select()

    go(sleeper)
    ready.recv()
    nilc: Chan[int] | None = None
    nil_recv(nilc)


if __name__ == "__main__":
    run(main)
