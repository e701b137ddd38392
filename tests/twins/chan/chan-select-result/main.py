from goexit import DEFAULT, Chan, Recv, close, fmt, run, select


def main() -> None:
    a: Chan[int] = Chan(int, 1)
    b: Chan[str] = Chan(str, 1)
    done: Chan[None] = Chan()
    b.send("hello")
    for _ in range(3):
        r = select(Recv(a), Recv(b), Recv(done))
        if r.case == 0:
            fmt.println("a:", r.value, r.ok)
        elif r.case == 1:
            fmt.println("b:", r.value)
            close(a)
        else:
            fmt.println("done")
    case, _, _ = select(Recv(done), default=True)
    if case == DEFAULT:
        fmt.println("default: nothing ready")


if __name__ == "__main__":
    run(main)
