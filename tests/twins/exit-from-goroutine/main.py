from goexit import defer, fmt, go, os, run, select


def main() -> None:
    defer(fmt.println, "main defer (never printed)")

    def worker() -> None:
        defer(fmt.println, "worker defer (never printed)")
        fmt.print_("partial line is kept")
        os.exit(3)

    go(worker)
    select()


if __name__ == "__main__":
    run(main)
