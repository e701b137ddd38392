"""Setting Cancel to nil lets the child outlive the context: nothing is
sent when the context ends, and Wait returns when the child finishes by
itself, with no error. Cancel set on a plain Command is refused."""

from goexit import bytes, context, exec, fmt, panic, run


def main() -> None:
    ctx, cancel = context.with_cancel(context.background())
    cmd = exec.command_context(ctx, "sh", "-c", "sleep 0.1; echo finished anyway")
    cmd.cancel = None
    out = bytes.Buffer()
    cmd.stdout = out
    err = cmd.start()
    if err is not None:
        panic(err)
    cancel()
    err = cmd.wait()
    fmt.printf("%q %v, ctx: %v\n", out.string(), err, ctx.err())

    plain = exec.command("true")
    plain.cancel = lambda: None
    fmt.println(plain.run())


if __name__ == "__main__":
    run(main)
