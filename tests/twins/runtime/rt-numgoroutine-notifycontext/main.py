from goexit import context, fmt, run, runtime, signal


def settle(want: int) -> int:
    while runtime.num_goroutine() != want:
        runtime.gosched()
    return runtime.num_goroutine()


def main() -> None:
    fmt.println("before:", runtime.num_goroutine())
    ctx, stop = signal.notify_context(context.background(), signal.SIGINT)
    fmt.println("after NotifyContext:", runtime.num_goroutine())
    stop()
    fmt.println("after stop, the watcher ends:", settle(2), ctx.err())
    parent, cancel = context.with_cancel(context.background())
    ctx2, stop2 = signal.notify_context(parent, signal.SIGINT)
    fmt.println("a second one:", runtime.num_goroutine())
    cancel()
    ctx2.done().recv()  # type: ignore[union-attr]
    fmt.println("cancelling the parent ends its watcher:", settle(2))
    stop2()
    done, cancel3 = context.with_cancel(context.background())
    cancel3()
    _, stop3 = signal.notify_context(done, signal.SIGINT)
    fmt.println("a done parent: no watcher at all:", runtime.num_goroutine())
    stop3()


if __name__ == "__main__":
    run(main)
