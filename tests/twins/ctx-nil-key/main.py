from goexit import context, run


def main() -> None:
    context.with_value(context.background(), None, "v")


if __name__ == "__main__":
    run(main)
