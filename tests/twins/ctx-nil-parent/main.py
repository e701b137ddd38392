from goexit import context, defer, fmt, run


def main() -> None:
    parent: context.Context | None = None
    fmt.println("deriving from", parent)
    ctx, cancel = context.with_timeout(parent, 0)  # type: ignore[arg-type]
    defer(cancel)
    fmt.println(ctx)


if __name__ == "__main__":
    run(main)
