"""Non-blocking channel operations with select and default, including a multi-way select."""

from goexit import DEFAULT, Chan, Recv, Send, fmt, run, select


def main() -> None:
    messages: Chan[str] = Chan(str)
    signals: Chan[bool] = Chan(bool)

    r = select(Recv(messages), default=True)
    if r.case == 0:
        fmt.println("received message", r.value)
    else:
        fmt.println("no message received")

    msg = "hi"
    r = select(Send(messages, msg), default=True)
    if r.case == 0:
        fmt.println("sent message", msg)
    else:
        fmt.println("no message sent")

    r = select(Recv(messages), Recv(signals), default=True)
    if r.case == 0:
        fmt.println("received message", r.value)
    elif r.case == 1:
        fmt.println("received signal", r.value)
    else:
        fmt.println("no activity")

    buf: Chan[int] = Chan(int, 1)
    for i in range(3):
        r = select(Send(buf, i), default=True)
        if r.case == DEFAULT:
            fmt.println("full, dropped", i)
        else:
            fmt.println("queued", i)


if __name__ == "__main__":
    run(main)
