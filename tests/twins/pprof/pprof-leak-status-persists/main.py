from goexit import Chan, fmt, go, io, os, pprof, run, runtime, time

held: Chan[int] | None = Chan(int)


# A goroutine leaks when the last reference to its channel goes, not before;
# once detected, it stays marked (and counted) until the next detection.
def main() -> None:
    global held
    prof = pprof.lookup("goroutineleak")
    assert prof is not None

    def wait(ch: Chan[int]) -> None:
        ch.recv()

    assert held is not None
    go(wait, held)
    settle()
    prof.write_to(io.Discard, 0)
    fmt.println("while held refers to it:", prof.count())
    held = None
    fmt.println("after held = nil, before the next write:", prof.count())
    prof.write_to(io.Discard, 0)
    fmt.println("after the next write:", prof.count())
    goroutines = pprof.lookup("goroutine")
    assert goroutines is not None
    fmt.println("goroutines:", goroutines.count())
    goroutines.write_to(os.Stdout, 2)
    fmt.println()
    prof.write_to(io.Discard, 0)
    fmt.println("and again:", prof.count())


def settle() -> None:
    """Wait until every goroutine but the caller is blocked."""
    buf = bytearray(1 << 20)
    while True:
        s = buf[: runtime.stack(buf, True)].decode()
        if s.count(" [running]:") + s.count(" [runnable]:") == 1:
            return
        time.sleep(time.Millisecond)


if __name__ == "__main__":
    run(main)
