"""Cooperative exit: each worker selects on ctx.Done() between jobs and
returns when it is closed. One cancel() reaches every worker, and the
WaitGroup tells main when they have all returned."""

from goexit import Chan, Recv, close, context, fmt, run, select, sync


def main() -> None:
    ctx, cancel = context.with_cancel(context.background())
    jobs: Chan[int] = Chan(int)
    exits: Chan[str] = Chan(str, 3)
    counts: Chan[int] = Chan(int, 3)
    wg = sync.WaitGroup()
    for id_ in range(1, 4):

        def worker(id_: int = id_) -> None:
            n = 0
            while True:
                got = select(Recv(ctx.done()), Recv(jobs))
                if got.case == 0:
                    exits.send(fmt.sprintf("worker %d returns: %v", id_, ctx.err()))
                    counts.send(n)
                    return
                n += 1

        wg.go(worker)
    for j in range(10):
        jobs.send(j)
    cancel()
    wg.wait()
    close(exits)
    close(counts)

    lines = sorted(exits)
    total = sum(counts)
    for line in lines:
        fmt.println(line)
    fmt.println("jobs done:", total)


if __name__ == "__main__":
    run(main)
