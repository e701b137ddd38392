"""A gentler Cancel: send os.Interrupt instead of killing. This child
catches it, says so and exits 0; because the Cancel succeeded, Wait
returns the context's error rather than nil. A child that ignores the
interrupt is killed once WaitDelay has passed."""

from goexit import bufio, context, defer, exec, fmt, func, io, os, panic, run, time


@func
def run_script(script: str) -> None:
    ctx, cancel = context.with_cancel(context.background())
    defer(cancel)
    cmd = exec.command_context(ctx, "sh", "-c", script)
    cmd.cancel = lambda: cmd.process.signal(os.Interrupt)
    cmd.wait_delay = 100 * time.Millisecond
    out, err = cmd.stdout_pipe()
    if err is not None:
        panic(err)
    err = cmd.start()
    if err is not None:
        panic(err)
    r = bufio.new_reader(out)
    ready, _ = r.read_string("\n")  # the trap is set
    cancel()
    rest, _ = io.read_all(r)
    err = cmd.wait()
    fmt.printf("err: %v, output %q\n", err, ready + rest.decode())


def main() -> None:
    run_script("trap 'echo interrupted; exit 0' INT; echo ready; while :; do sleep 0.01; done")
    run_script("trap '' INT; echo ready; while :; do sleep 0.01; done")


if __name__ == "__main__":
    run(main)
