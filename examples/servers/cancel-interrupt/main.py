"""A gentler end for a child: Cancel sends os.Interrupt, and WaitDelay is
the grace period. A child that handles the interrupt stops in time; as
Cancel succeeded, Wait reports the context's error even though the
child exited 0. A child that ignores it is killed when WaitDelay runs
out."""

from goexit import bufio, context, defer, exec, fmt, func, os, panic, run, time


@func
def run_script(script: str) -> None:  # Go's run(script)
    ctx, cancel = context.with_cancel(context.background())
    defer(cancel)
    cmd = exec.command_context(ctx, "sh", "-c", script)
    cmd.cancel = lambda: cmd.process.signal(os.Interrupt)
    cmd.wait_delay = 200 * time.Millisecond
    out, err = cmd.stdout_pipe()
    if err is not None:
        panic(err)
    err = cmd.start()
    if err is not None:
        panic(err)
    lines = bufio.new_scanner(out)
    lines.scan()  # "ready": the child has set up its signal handling
    cancel()
    said = []
    while lines.scan():
        said.append(lines.text())
    fmt.printf("child said %q; Wait: %v\n", " ".join(said), cmd.wait())


def main() -> None:
    run_script("trap 'echo cleaning up; exit 0' INT; echo ready; while :; do sleep 0.01; done")
    run_script("trap '' INT; echo ready; while :; do sleep 0.01; done")


if __name__ == "__main__":
    run(main)
