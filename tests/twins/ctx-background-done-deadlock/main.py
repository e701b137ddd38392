from goexit import context, fmt, nil_recv, run


def main() -> None:
    ctx = context.background()
    fmt.println(ctx.done() is None, ctx.err())
    nil_recv(ctx.done())


if __name__ == "__main__":
    run(main)
