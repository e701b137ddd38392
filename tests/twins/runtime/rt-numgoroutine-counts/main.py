from goexit import Chan, close, context, defer, fmt, go, run, runtime, sync, time


def settle(want: int) -> int:
    while runtime.num_goroutine() != want:
        runtime.gosched()
    return runtime.num_goroutine()


def main() -> None:
    fmt.println("main alone:", runtime.num_goroutine())
    stop: Chan[bool] = Chan(bool)
    wg = sync.WaitGroup()
    for _ in range(3):
        wg.add(1)

        def blocked() -> None:
            defer(wg.done)
            stop.recv()

        go(blocked)
    fmt.println("three blocked:", runtime.num_goroutine())
    close(stop)
    wg.wait()
    fmt.println("after they end:", settle(1))
    t = time.after_func(time.Hour, lambda: None)
    fmt.println("a pending AfterFunc is not a goroutine:", runtime.num_goroutine())
    t.stop()
    ran: Chan[bool] = Chan(bool)
    release: Chan[bool] = Chan(bool)

    def task() -> None:
        ran.send(True)
        release.recv()

    time.after_func(time.Millisecond, task)
    ran.recv()
    fmt.println("while its function runs:", runtime.num_goroutine())
    close(release)
    fmt.println("after:", settle(1))
    ctx, cancel = context.with_timeout(context.background(), time.Hour)
    fmt.println("a context deadline is not a goroutine:", runtime.num_goroutine())
    cancel()
    ctx.done().recv()  # type: ignore[union-attr]
    stop_af = context.after_func(ctx, lambda: None)
    _ = stop_af
    fmt.println("AfterFunc of a done context runs and ends:", settle(1))


if __name__ == "__main__":
    run(main)
