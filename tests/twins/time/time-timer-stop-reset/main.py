from goexit import DEFAULT, Chan, Recv, fmt, run, select, time


def drained(c: Chan[time.Time]) -> str:
    if select(Recv(c), default=True).case != DEFAULT:
        return "a stale value"
    return "nothing"


def main() -> None:
    t = time.new_timer(time.Hour)
    assert t.c is not None
    fmt.println("len, cap:", len(t.c), t.c.cap())
    fmt.println("Stop active:", t.stop())
    fmt.println("Stop again:", t.stop())
    fmt.println("Reset stopped:", t.reset(time.Millisecond))
    t.c.recv()
    fmt.println("received")
    fmt.println("Stop after receive:", t.stop())
    fmt.println("Reset after receive:", t.reset(time.Millisecond))
    time.sleep(5 * time.Millisecond)
    fmt.println("len after expiry:", len(t.c))
    fmt.println("Stop expired, not received:", t.stop())
    fmt.println("then receive finds", drained(t.c))
    t.reset(time.Millisecond)
    time.sleep(5 * time.Millisecond)
    fmt.println("Reset expired, not received:", t.reset(time.Hour))
    fmt.println("then receive finds", drained(t.c))
    fmt.println("Stop:", t.stop())


if __name__ == "__main__":
    run(main)
