from goexit import Chan, Recv, Send, close, defer, fmt, go, recover, run, select


def blocked(ch: Chan[int]) -> bool:
    r = select(Recv(ch), default=True)
    if r.case == 0:
        fmt.println("took", r.value, "from the blocked sender; it returns")
        return True
    return False


def main() -> None:
    ch: Chan[int] = Chan(int)
    done: Chan[bool] = Chan(bool)

    def sender() -> None:
        defer(close, done)
        defer(lambda: fmt.println("recovered:", recover()))
        select(Send(ch, 1))

    go(sender)
    while len(ch) == 0 and not blocked(ch):
        pass
    close(ch)
    done.recv()
    v, ok = ch.recv_ok()
    fmt.println(v, ok)


if __name__ == "__main__":
    run(main)
