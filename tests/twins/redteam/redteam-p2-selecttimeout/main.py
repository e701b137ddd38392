"""Timeouts with select and time.After: one result is too slow, the other arrives in time."""

from goexit import Chan, Recv, fmt, go, run, select, time


def slow(d: int, s: str) -> Chan[str]:
    c: Chan[str] = Chan(str, 1)

    def body() -> None:
        time.sleep(d)
        c.send(s)

    go(body)
    return c


def main() -> None:
    c1 = slow(300 * time.Millisecond, "result 1")
    r = select(Recv(c1), Recv(time.after(20 * time.Millisecond)))
    if r.case == 0:
        fmt.println(r.value)
    else:
        fmt.println("timeout 1")
    c2 = slow(5 * time.Millisecond, "result 2")
    r = select(Recv(c2), Recv(time.after(2 * time.Second)))
    if r.case == 0:
        fmt.println(r.value)
    else:
        fmt.println("timeout 2")


if __name__ == "__main__":
    run(main)
