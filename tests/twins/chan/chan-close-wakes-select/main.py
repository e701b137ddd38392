from goexit import Chan, Recv, Send, close, fmt, go, run, select


def main() -> None:
    a: Chan[int] = Chan(int)
    b: Chan[str] = Chan(str)
    woke: Chan[str] = Chan(str)
    for _ in range(3):

        def waiter() -> None:
            r = select(Recv(a), Recv(b))
            if r.case == 0:
                woke.send(fmt.sprint("a ", r.value, " ", r.ok))
            else:
                woke.send("b " + str(r.value))

        go(waiter)
    close(a)
    for _ in range(3):
        fmt.println(woke.recv())
    r = select(Recv(a), Send(b, "x"))
    if r.case == 0:
        fmt.println("closed is always ready:", r.value, r.ok)
    else:
        fmt.println("never: nobody receives b")


if __name__ == "__main__":
    run(main)
