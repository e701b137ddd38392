from goexit import Chan, defer, fmt, go, run, runtime


def main() -> None:
    ch: Chan[int] = Chan(int)
    go(ch.recv)
    defer(fmt.println, "main defer")
    runtime.goexit()


if __name__ == "__main__":
    run(main)
