from goexit import Chan, defer, fmt, run, time


def main() -> None:
    t = time.new_timer(time.Hour)
    tk = time.new_ticker(time.Millisecond)
    defer(t.stop)
    defer(tk.stop)
    fmt.println("blocking with a timer and a ticker running")
    Chan(int).recv()


if __name__ == "__main__":
    run(main)
