"""Fake time in a bubble: sleepers wake in the order of their deadlines, an after_func
runs at its time in the bubble, a stopped timer never fires, a reset one fires at
its new time, a ticker ticks on the fake clock, a with_deadline context's after_func
runs at the deadline, and synctest.sleep is sleep then wait."""

from goexit import Chan, close, context, defer, sync, synctest, testing, time


def TestFakeClock(t: testing.T) -> None:
    def bubbled(t: testing.T) -> None:
        start = time.now()

        def since() -> time.Duration:
            return time.since(start)

        wg = sync.WaitGroup()
        for d in [3 * time.Second, time.Second, 2 * time.Second]:

            def sleeper(d: time.Duration = d) -> None:
                time.sleep(d)
                t.log("slept", d, "woke at", since())

            wg.go(sleeper)
        wg.wait()
        t.log("all sleepers done at", since())

        fired: Chan[time.Duration] = Chan(time.Duration, 1)
        time.after_func(time.Minute, lambda: fired.send(since()))
        t.log("AfterFunc ran at", fired.recv())

        stopped = time.new_timer(time.Second)
        t.log("Stop:", stopped.stop())
        reset = time.new_timer(time.Hour)
        reset.reset(10 * time.Millisecond)
        assert reset.c is not None
        reset.c.recv()
        t.log("reset timer fired at", since())

        tk = time.new_ticker(250 * time.Millisecond)
        for _ in range(3):
            tk.c.recv()
        tk.stop()
        t.log("three ticks by", since())

        ctx, cancel = context.with_deadline(t.context(), start.add(2 * time.Hour))
        defer(cancel)
        done: Chan[None] = Chan()

        def at_deadline() -> None:
            t.log("context AfterFunc at", since(), context.cause(ctx))
            close(done)

        context.after_func(ctx, at_deadline)
        done.recv()
        synctest.sleep(time.Millisecond)
        assert stopped.c is not None
        t.log("after synctest.Sleep:", since(), "stopped timer's channel empty:", len(stopped.c) == 0)

    synctest.test(t, bubbled)


if __name__ == "__main__":
    testing.main()
