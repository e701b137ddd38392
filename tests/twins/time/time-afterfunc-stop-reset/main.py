from goexit import Chan, fmt, run, time


def main() -> None:
    done: Chan[str] = Chan(str)
    f = time.after_func(time.Millisecond, lambda: done.send("ran"))
    fmt.println(done.recv())
    fmt.println("Stop after it ran:", f.stop())
    fmt.println("Reset after it ran:", f.reset(time.Millisecond))
    fmt.println(done.recv(), "again")
    g = time.after_func(time.Hour, lambda: fmt.println("never"))
    fmt.println("Stop pending:", g.stop())
    fmt.println("Stop again:", g.stop())
    fmt.println("Reset stopped:", g.reset(time.Hour))
    fmt.println("Reset pending:", g.reset(time.Hour))
    fmt.println("Stop:", g.stop())
    fmt.println("C is nil:", g.c is None)
    h = time.after_func(0, lambda: done.send("zero delay runs too"))
    fmt.println(done.recv())
    _ = h


if __name__ == "__main__":
    run(main)
