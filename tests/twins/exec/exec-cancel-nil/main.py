"""Setting Cancel to nil lets the child outlive the context: nothing is
sent when the context ends, and Wait returns when the child finishes by
itself, with no error. Cancel set on a plain Command is refused."""

from goexit import context, defer, exec, fmt, run, time


def main() -> None:
    ctx, cancel = context.with_timeout(context.background(), 10 * time.Millisecond)
    defer(cancel)
    cmd = exec.command_context(ctx, "sh", "-c", "sleep 0.1; echo finished anyway")
    cmd.cancel = None
    out, err = cmd.output()
    fmt.printf("%q %v, ctx: %v\n", out.decode(), err, ctx.err())

    plain = exec.command("true")
    plain.cancel = lambda: None
    fmt.println(plain.run())


if __name__ == "__main__":
    run(main)
