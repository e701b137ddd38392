from goexit import Chan, close, defer, fmt, go, recover, run, time


def main() -> None:
    ch: Chan[int] = Chan(int)

    def closer() -> None:
        time.sleep(20 * time.Millisecond)
        close(ch)

    go(closer)
    defer(lambda: fmt.println("recovered:", recover()))
    ch.send(1)


if __name__ == "__main__":
    run(main)
