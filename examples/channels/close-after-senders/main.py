"""With several senders, none of them may close the channel: the others
could still send. A separate goroutine waits until every sender is
done, then closes, and the receiver's range loop ends."""

from goexit import Chan, close, fmt, go, run, sync


def main() -> None:
    results: Chan[int] = Chan(int)
    wg = sync.WaitGroup()
    for w in range(1, 4):

        def sender(w: int = w) -> None:
            results.send(w * 10)

        wg.go(sender)

    def closer() -> None:
        wg.wait()
        close(results)  # every sender is done: safe to close

    go(closer)
    total = 0
    for r in results:
        total += r
    fmt.println("all senders done, results closed; total:", total)


if __name__ == "__main__":
    run(main)
