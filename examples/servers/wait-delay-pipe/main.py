"""WaitDelay also limits the wait for a child's output. This shell exits
at once, but the sleep it started in the background still holds its
standard output open, so copying that output into buf would last as
long as the sleep. With WaitDelay set, Wait gives up on the copy after
the delay and returns exec.ErrWaitDelay."""

from goexit import bytes, errors, exec, fmt, run, time


def main() -> None:
    cmd = exec.command("sh", "-c", "sleep 3 & echo started")
    buf = bytes.Buffer()
    cmd.stdout = buf
    cmd.wait_delay = 100 * time.Millisecond
    start = time.now()
    err = cmd.run()
    fmt.printf("Run: %v\n", err)
    fmt.println("ErrWaitDelay:", errors.is_(err, exec.ErrWaitDelay))
    fmt.println("the shell exited 0:", cmd.process_state.success())
    fmt.printf("output so far: %q\n", buf.string())
    fmt.println("did not wait for the sleep:", time.since(start) < 2 * time.Second)


if __name__ == "__main__":
    run(main)
