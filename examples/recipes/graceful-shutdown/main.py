"""Graceful shutdown: SIGINT or SIGTERM cancels the workers' context, main
waits for them with a deadline, and the exit status says whether work
was abandoned. The program sends itself SIGTERM once the workers run, as
`kill` or a container runtime would. Worker 3 is stuck in a call that
never looks at its context, so this run ends with status 1."""

import os as syscall  # Go's syscall.Kill and syscall.Getpid are Python's os.kill and os.getpid

from goexit import Chan, Recv, close, context, defer, fmt, func, go, nil_recv, os, run, select, signal, sync, time


@func
def worker(ctx: context.Context) -> None:
    ticker = time.new_ticker(10 * time.Millisecond)
    defer(ticker.stop)
    while True:
        got = select(Recv(ctx.done()), Recv(ticker.c))
        if got.case == 0:
            return  # finish up here: flush, close, release
        # one unit of work


def stuck() -> None:
    select()  # a call that ignores cancellation


@func
def real_main() -> int:
    ctx, stop = signal.notify_context(context.background(), signal.SIGINT, signal.SIGTERM)
    defer(stop)

    started = sync.WaitGroup()
    dones: list[Chan[None]] = [Chan() for _ in range(3)]
    for i in range(len(dones)):

        def run_worker(i: int = i) -> None:
            defer(close, dones[i])
            started.done()
            if i == 2:
                stuck()
            else:
                worker(ctx)

        started.add(1)
        go(run_worker)
    started.wait()
    syscall.kill(syscall.getpid(), signal.SIGTERM)

    nil_recv(ctx.done())
    fmt.println("main:", context.cause(ctx), "- stopping workers, deadline 200ms")
    deadline, cancel = context.with_timeout(context.background(), 200 * time.Millisecond)
    defer(cancel)
    abandoned = 0
    for i, done in enumerate(dones):
        got = select(Recv(done), Recv(deadline.done()))
        if got.case == 0:
            fmt.printf("worker %d: stopped\n", i + 1)
        else:
            fmt.printf("worker %d: abandoned\n", i + 1)
            abandoned += 1
    if abandoned > 0:
        fmt.fprintln(os.Stderr, "main:", abandoned, "worker(s) abandoned")
        return 1
    return 0


def main() -> None:
    os.exit(real_main() or 0)


if __name__ == "__main__":
    run(main)
