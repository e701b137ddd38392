from goexit import Chan, Recv, close, defer, fmt, go, run, select, time


def main() -> None:
    tk = time.new_ticker(time.Millisecond)
    defer(tk.stop)
    stop: Chan[bool] = Chan(bool)
    done: Chan[int] = Chan(int)

    def counter() -> None:
        n = 0
        while True:
            r = select(Recv(tk.c), Recv(stop))
            if r.case == 0:
                n += 1
                if n == 5:
                    tk.stop()  # no tick is received after stop returns (Go 1.23)
                    close(stop)
            else:
                done.send(n)
                return

    go(counter)
    fmt.println("ticks before stop:", done.recv())


if __name__ == "__main__":
    run(main)
