"""close(ch) tells the receivers "no more values will come". The sender,
who knows when it is done, closes; the receiver sees ok == false once
it has taken every value sent before the close."""

from goexit import Chan, close, fmt, go, run


def main() -> None:
    jobs: Chan[int] = Chan(int)

    def sender() -> None:
        for i in range(1, 4):
            jobs.send(i)
        close(jobs)  # the sender closes: nothing more will come

    go(sender)
    while True:
        job, ok = jobs.recv_ok()
        if not ok:
            fmt.println("jobs is closed: no more values, stop")
            break
        fmt.println("got job", job)


if __name__ == "__main__":
    run(main)
