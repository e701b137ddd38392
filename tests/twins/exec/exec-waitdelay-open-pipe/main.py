"""WaitDelay also bounds the wait for a child's output. Here the shell
exits at once but leaves a grandchild holding its stdout, so the copy
into the buffer never ends by itself: after WaitDelay, Wait closes the
pipe and returns exec.ErrWaitDelay. Without WaitDelay it would wait for
the grandchild."""

from goexit import bytes, errors, exec, fmt, run, time


def main() -> None:
    cmd = exec.command("sh", "-c", "sleep 2 & echo started")
    out = bytes.Buffer()
    cmd.stdout = out
    cmd.wait_delay = 40 * time.Millisecond
    start = time.now()
    err = cmd.run()
    took = time.since(start)
    fmt.printf("err: %v, ErrWaitDelay: %v, output %q\n", err, errors.is_(err, exec.ErrWaitDelay), out.string())
    fmt.println("the shell itself succeeded:", cmd.process_state.success())
    fmt.println("did not wait for the grandchild:", took < 1500 * time.Millisecond)


if __name__ == "__main__":
    run(main)
