from goexit import Chan, Recv, Send, fmt, go, run, select


def main() -> None:
    recv_only: Chan[int] = Chan(int)
    send_only: Chan[int] = Chan(int)
    nilc: Chan[int] | None = None
    started: Chan[bool] = Chan(bool)

    def receiver() -> None:
        started.send(True)
        r = select(Recv(recv_only))
        fmt.println(r.value)

    def sender() -> None:
        started.send(True)
        select(Send(send_only, 1))

    def nil_receiver() -> None:
        started.send(True)
        select(Recv(nilc))

    def nil_sender() -> None:
        started.send(True)
        select(Send(nilc, 1))

    def two_nil_cases() -> None:
        started.send(True)
        select(Recv(nilc), Send(nilc, 2))

    for f in (receiver, sender, nil_receiver, nil_sender, two_nil_cases):
        go(f)
    for _ in range(5):
        started.recv()
    fmt.println("main blocks in select {}")
    select()


if __name__ == "__main__":
    run(main)
