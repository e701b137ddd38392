"""time.AfterFunc calls f in a goroutine of its own once the duration has
passed. Stop before then cancels the call and reports true; Stop once f
has started reports false and does not wait for f to finish; Reset arms
the timer again. The Timer it returns has no channel: t.C is nil."""

from goexit import Chan, close, fmt, run, time


def main() -> None:
    t = time.after_func(time.Hour, lambda: fmt.println("never printed"))
    fmt.println("stop before it fires:", t.stop())
    fmt.println("stop it again:", t.stop())
    fmt.println("its channel is nil:", t.c is None)

    started: Chan[None] = Chan()
    release: Chan[None] = Chan()
    finished: Chan[None] = Chan()

    def slow() -> None:
        close(started)
        release.recv()  # f is still running while main calls Stop
        fmt.println("f: finished")
        close(finished)

    t = time.after_func(10 * time.Millisecond, slow)
    started.recv()
    fmt.println("stop while f runs:", t.stop())
    close(release)
    finished.recv()

    fired: Chan[str] = Chan()
    t = time.after_func(10 * time.Millisecond, lambda: fired.send("f: fired"))
    fmt.println(fired.recv())
    fmt.println("reset after it fired:", t.reset(10 * time.Millisecond))
    fmt.println(fired.recv(), "again")


if __name__ == "__main__":
    run(main)
