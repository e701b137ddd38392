from goexit import context, defer, fmt, recover, run


def main() -> None:
    defer(lambda: fmt.println("recovered:", recover()))
    context.with_value(context.background(), [1], "v")


if __name__ == "__main__":
    run(main)
