"""A worker pool that stops on cancel and drains cleanly. The producer
stops handing out jobs once ctx is done and closes the jobs channel; each
worker finishes the job in hand and its range loop ends; the results
channel is closed when the last worker returns, which ends the
consumer's range. Every job handed out is finished, and nothing is left
running. (Which jobs ran before the cancel varies from run to run.)"""

from goexit import Chan, Recv, Send, close, context, defer, fmt, go, run, select, sync


def produce(ctx: context.Context, jobs: Chan[int], handed_out: Chan[int]) -> None:
    defer(close, jobs)
    n = 0
    while True:
        got = select(Send(jobs, n + 1), Recv(ctx.done()))
        if got.case == 0:
            n += 1
        else:
            fmt.println("producer: stopped:", ctx.err())
            handed_out.send(n)
            return


def main() -> None:
    ctx, cancel = context.with_cancel(context.background())
    defer(cancel)
    jobs: Chan[int] = Chan(int)
    results: Chan[int] = Chan(int)
    handed_out: Chan[int] = Chan(int, 1)
    go(produce, ctx, jobs, handed_out)

    wg = sync.WaitGroup()

    def worker() -> None:
        for n in jobs:
            results.send(n * n)  # the work

    for _ in range(3):
        wg.go(worker)

    def closer() -> None:
        wg.wait()
        close(results)

    go(closer)

    received = 0
    for _ in results:
        received += 1
        if received == 5:
            fmt.println("consumer: that is enough, cancelling")
            cancel()
    fmt.println("consumer: results closed, every worker has returned")
    fmt.println("every job handed out was finished:", handed_out.recv() == received)


if __name__ == "__main__":
    run(main)
