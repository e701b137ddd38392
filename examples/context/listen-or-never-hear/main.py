"""A context does not stop a goroutine: it only closes a channel. The
listener selects on ctx.Done() and returns; the deaf worker never looks
at it, so cancel() goes unheard and it keeps waiting for jobs until its
channel is closed."""

from goexit import Chan, Recv, close, context, fmt, go, run, select, time


def deaf(ctx: context.Context, jobs: Chan[int], report: Chan[str]) -> None:
    for _ in jobs:  # ctx is never consulted
        pass
    report.send("deaf: returns only because jobs was closed")


def listener(ctx: context.Context, jobs: Chan[int], report: Chan[str]) -> None:
    while True:
        got = select(Recv(ctx.done()), Recv(jobs))
        if got.case == 0:
            report.send("listener: returns: " + str(ctx.err()))
            return


def main() -> None:
    ctx, cancel = context.with_cancel(context.background())
    jobs: Chan[int] = Chan(int)
    listened, deaf_exit = Chan(str), Chan(str)
    go(listener, ctx, jobs, listened)
    go(deaf, ctx, jobs, deaf_exit)

    cancel()
    fmt.println(listened.recv())
    got = select(Recv(deaf_exit), Recv(time.after(50 * time.Millisecond)))
    if got.case == 0:
        fmt.println(got.value)
    else:
        fmt.println("deaf: still waiting for jobs 50ms after cancel")
    close(jobs)
    fmt.println(deaf_exit.recv())


if __name__ == "__main__":
    run(main)
