from goexit import Chan, fmt, go, run, sync


def main() -> None:
    wg = sync.WaitGroup()
    wg.add(1)
    released: Chan[int] = Chan(int, 3)
    for i in range(3):

        def waiter(i: int = i) -> None:
            wg.wait()
            released.send(i)

        go(waiter)
    fmt.println("three goroutines wait; Done releases all of them")
    wg.done()
    total = 0
    for _ in range(3):
        total += released.recv()
    fmt.println("released:", total)
    wg.wait()
    fmt.println("Wait on a zero counter returns at once")
    wg.add(2)
    wg.done()
    wg.done()
    wg.wait()
    fmt.println("reused after every Wait returned")


if __name__ == "__main__":
    run(main)
