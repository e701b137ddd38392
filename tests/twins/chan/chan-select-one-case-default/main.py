from goexit import DEFAULT, Chan, Recv, Send, close, defer, fmt, recover, run, select


def main() -> None:
    ch: Chan[int] = Chan(int, 1)
    for i in range(3):
        if select(Send(ch, i), default=True).case == 0:
            fmt.println("sent", i)
        else:
            fmt.println("full, dropped", i)
    for _ in range(2):
        r = select(Recv(ch), default=True)
        if r.case == 0:
            fmt.println("received", r.value)
        else:
            fmt.println("empty")
    nilc: Chan[int] | None = None
    if select(Send(nilc, 1), default=True).case != DEFAULT:
        fmt.println("never")
    else:
        fmt.println("a nil channel is never ready")
    close(ch)
    r = select(Recv(ch), default=True)
    if r.case == 0:
        fmt.println("closed:", r.value, r.ok)
    else:
        fmt.println("never")
    defer(lambda: fmt.println("recovered:", recover()))
    if select(Send(ch, 1), default=True).case == DEFAULT:
        fmt.println("never: a send on a closed channel panics first")


if __name__ == "__main__":
    run(main)
