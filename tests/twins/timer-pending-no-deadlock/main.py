from goexit import Chan, Recv, fmt, run, select, time


def main() -> None:
    ch: Chan[int] = Chan(int)
    time.after_func(30 * time.Millisecond, lambda: ch.send(7))
    fmt.println("got", ch.recv())
    match select(Recv(time.after(20 * time.Millisecond))):
        case (0, _, _):
            fmt.println("timeout fired")
    ch.recv()


if __name__ == "__main__":
    run(main)
