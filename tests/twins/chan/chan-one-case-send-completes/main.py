from goexit import Chan, Send, close, defer, fmt, go, recover, run, select


def main() -> None:
    ch: Chan[int] = Chan(int)
    done: Chan[bool] = Chan(bool)

    def sender() -> None:
        defer(close, done)
        select(Send(ch, 1))

    go(sender)
    fmt.println("received", ch.recv())
    done.recv()
    close(ch)
    v, ok = ch.recv_ok()
    fmt.println("after close:", v, ok)
    defer(lambda: fmt.println("recovered:", recover()))
    select(Send(ch, 2))


if __name__ == "__main__":
    run(main)
