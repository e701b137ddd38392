"""exec.CommandContext ties a child process to a context. When the context
ends while the child runs, the child is killed (Cancel's default): Wait
returns an *exec.ExitError, "signal: killed", and ctx.Err() says why. A
context that is already done stops the command before it starts."""

from goexit import context, errors, exec, fmt, panic, run


def main() -> None:
    ctx, cancel = context.with_cancel(context.background())
    cmd = exec.command_context(ctx, "sleep", "10")
    err = cmd.start()
    if err is not None:
        panic(err)
    cancel()  # say, the user pressed Stop, or a deadline passed
    err = cmd.wait()
    fmt.println("Wait:", err)
    fmt.println("ctx:", ctx.err())
    exit_err = errors.as_(err, exec.ExitError)
    if exit_err is not None:
        fmt.println("exit code:", exit_err.exit_code(), "(no exit status: a signal ended it)")

    err = exec.command_context(ctx, "echo", "too late").run()
    fmt.println("Run after the context ended:", err)


if __name__ == "__main__":
    run(main)
