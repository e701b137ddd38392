"""Cancelling a context cancels every context derived from it; cancelling a
child leaves its parent and its siblings alone. A second cancel does nothing."""

from goexit import context, defer, fmt, run


def main() -> None:
    root, cancel_root = context.with_cancel(context.background())
    a, cancel_a = context.with_cancel(root)
    b, cancel_b = context.with_cancel(root)
    defer(cancel_b)
    a1, cancel_a1 = context.with_cancel(a)
    defer(cancel_a1)

    def report(when: str) -> None:
        fmt.printf("%-20s root=%v a=%v a1=%v b=%v\n", when, root.err(), a.err(), a1.err(), b.err())

    report("at the start:")
    cancel_a()
    report("after cancelA():")
    cancel_root()
    report("after cancelRoot():")
    cancel_a()
    report("cancelA() again:")
    fmt.println(a1)


if __name__ == "__main__":
    run(main)
