from goexit import DEFAULT, Recv, fmt, run, select, time


def main() -> None:
    tk = time.new_ticker(2 * time.Millisecond)
    fmt.println("len, cap:", len(tk.c), tk.c.cap())
    n = 0
    for _ in tk.c:
        n += 1
        if n == 3:
            break
    fmt.println("ticks:", n)
    time.sleep(10 * time.Millisecond)
    fmt.println("len with a tick due:", len(tk.c))
    tk.stop()
    if select(Recv(tk.c), default=True).case != DEFAULT:
        fmt.println("a stale tick")
    else:
        fmt.println("no tick after Stop")
    tk.reset(time.Millisecond)
    tk.c.recv()
    fmt.println("ticking again after Reset")
    tk.reset(time.Hour)
    if select(Recv(tk.c), default=True).case != DEFAULT:
        fmt.println("a stale tick")
    else:
        fmt.println("no stale tick after Reset")
    tk.stop()
    fmt.println(time.tick(0) is None, time.tick(-time.Second) is None)
    c = time.after(time.Millisecond)
    fmt.println("After len, cap:", len(c), c.cap())
    c.recv()
    fmt.println("After fired")


if __name__ == "__main__":
    run(main)
