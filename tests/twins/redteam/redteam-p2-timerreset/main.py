"""Timer Stop and Reset return values (Go 1.23 semantics), and a Reset timer firing once."""

from goexit import Recv, fmt, run, select, time


def main() -> None:
    t = time.new_timer(time.Hour)
    fmt.println("stop active:", t.stop())
    fmt.println("stop again:", t.stop())
    fmt.println("reset stopped:", t.reset(10 * time.Millisecond))
    t.c.recv()  # type: ignore[union-attr]
    fmt.println("fired after reset")
    fmt.println("reset expired:", t.reset(time.Hour))
    fmt.println("reset active:", t.reset(5 * time.Millisecond))
    v = t.c.recv()  # type: ignore[union-attr]
    fmt.println("fired again, zero time:", v.is_zero())
    r = select(Recv(t.c), Recv(time.after(20 * time.Millisecond)))
    if r.case == 0:
        fmt.println("unexpected")
    else:
        fmt.println("no third fire")


if __name__ == "__main__":
    run(main)
