from goexit import Chan, cap, fmt, go, nil_recv, nil_send, run


def main() -> None:
    nilc: Chan[str] | None = None
    ch: Chan[int] = Chan(int, 1)
    ch.send(1)
    go(lambda: nil_send(nilc, "x"))
    go(lambda: nil_recv(nilc))

    printed: Chan[bool] = Chan(bool)

    def ranger() -> None:
        for v in ch:
            fmt.println("ranged over", v)
            printed.send(True)

    go(ranger)
    printed.recv()
    full: Chan[int] = Chan(int, 1)
    full.send(1)
    fmt.println("len, cap:", len(full), cap(full), 0, cap(nilc))
    full.send(2)


if __name__ == "__main__":
    run(main)
