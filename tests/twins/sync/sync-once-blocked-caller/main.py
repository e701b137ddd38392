from goexit import Chan, fmt, go, run, sync


def main() -> None:
    once = sync.Once()
    in_f: Chan[bool] = Chan(bool)
    never: Chan[bool] = Chan(bool)

    def first() -> None:
        in_f.send(True)
        never.recv()

    go(once.do, first)
    in_f.recv()
    go(once.do, lambda: fmt.println("never"))
    fmt.println("main calls Do too")
    once.do(lambda: None)


if __name__ == "__main__":
    run(main)
