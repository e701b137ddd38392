from goexit import context, defer, fmt, nil_recv, run, runtime, time


def main() -> None:
    runtime.gomaxprocs(1)
    parent, cancel = context.with_timeout(context.background(), time.Hour)
    defer(cancel)
    parent = context.with_value(parent, "trace", "t-1")
    d = context.without_cancel(parent)
    dl, ok = d.deadline()
    fmt.println(d.value("trace"), dl.is_zero(), ok, d.done() is None, d.err(), context.cause(d))
    cancel()
    fmt.println("parent:", parent.err(), "| detached:", d.err())
    nil_recv(d.done())


if __name__ == "__main__":
    run(main)
