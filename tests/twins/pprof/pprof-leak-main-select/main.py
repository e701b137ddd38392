from goexit import Chan, fmt, go, os, pprof, run, runtime, select, time


# SelectNoCasesMain from Go's runtime/testdata/testgoroutineleakprofile: main
# blocked in select {} is counted as leaked but not marked so in the listing,
# and the channel it holds does not keep the receiver from leaking.
def main() -> None:
    prof = pprof.lookup("goroutineleak")
    assert prof is not None
    ch: Chan[int] = Chan(int)
    go(ch.recv)

    def profile() -> None:
        settle()
        prof.write_to(os.Stdout, 2)
        fmt.println()
        fmt.println("leaked:", prof.count())
        os.exit(0)

    go(profile)
    select()


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
