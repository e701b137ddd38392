from goexit import Chan, close, defer, fmt, recover, run


def main() -> None:
    ch: Chan[int] = Chan(int, 1)
    close(ch)
    defer(lambda: fmt.println("recovered:", recover()))
    ch.send(1)


if __name__ == "__main__":
    run(main)
