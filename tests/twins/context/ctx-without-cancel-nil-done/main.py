from goexit import Recv, context, defer, fmt, run, select, time


def main() -> None:
    parent, cancel = context.with_timeout(context.background(), time.Hour)
    defer(cancel)
    parent = context.with_value(parent, "trace", "t-1")
    d = context.without_cancel(parent)
    dl, ok = d.deadline()
    fmt.println(d.value("trace"), dl.is_zero(), ok, d.done() is None, d.err(), context.cause(d))
    cancel()
    fmt.println("parent:", parent.err(), "| detached:", d.err())
    if select(Recv(d.done()), Recv(parent.done())).case == 0:
        fmt.println("never")
    else:
        fmt.println("only the parent's Done is closed")


if __name__ == "__main__":
    run(main)
