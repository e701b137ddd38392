from goexit import fmt, run, time


def main() -> None:
    start = time.now()
    time.sleep(0)
    time.sleep(-time.Hour)
    fmt.println("Sleep(0) and Sleep(-1h) return at once:", time.since(start) < time.Second)
    t = time.new_timer(-time.Second)
    assert t.c is not None
    t.c.recv()
    fmt.println("a negative timer fires at once")
    ch = time.after(0)
    ch.recv()
    fmt.println("After(0) too")
    d = time.Duration()
    fmt.println("zero Duration:", d, d == 0)


if __name__ == "__main__":
    run(main)
