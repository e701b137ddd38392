"""CommandContext: when the context ends, Cancel kills the child (by
default), and Wait reports how it died: "signal: killed", an
*exec.ExitError whose exit code is -1. The context says why."""

from goexit import context, defer, errors, exec, fmt, run, time


def main() -> None:
    ctx, cancel = context.with_timeout(context.background(), 300 * time.Millisecond)
    defer(cancel)
    cmd = exec.command_context(ctx, "sleep", "5")
    start = time.now()
    err = cmd.run()
    fmt.println("err:", err, "ctx:", ctx.err())
    fmt.println("quick:", time.since(start) < 4 * time.Second)
    ee = errors.as_(err, exec.ExitError)
    if ee is not None:
        fmt.println("ExitError:", ee.exit_code(), ee.exited(), ee.string())
    fmt.println("state:", cmd.process_state, cmd.process_state.success())
    fmt.println("kill after wait:", cmd.process.kill())

    ctx2, cancel2 = context.with_cancel(context.background())
    cancel2()
    cmd = exec.command_context(ctx2, "sleep", "5")
    fmt.println("start with a done context:", cmd.start(), cmd.process is None)
    fmt.println("wait without start:", cmd.wait())


if __name__ == "__main__":
    run(main)
