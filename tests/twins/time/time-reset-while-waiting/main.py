from goexit import Chan, fmt, go, run, time


def main() -> None:
    t = time.new_timer(time.Hour)
    assert t.c is not None
    c = t.c
    waiting: Chan[bool] = Chan(bool)
    done: Chan[bool] = Chan(bool)

    def waiter() -> None:
        waiting.send(True)
        c.recv()
        fmt.println("woken by the reset timer")
        done.send(True)

    go(waiter)
    waiting.recv()
    fmt.println("Reset while a goroutine waits:", t.reset(5 * time.Millisecond))
    done.recv()
    fmt.println("Stop after it fired:", t.stop())


if __name__ == "__main__":
    run(main)
