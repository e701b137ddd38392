from goexit import defer, fmt, run, runtime, sync


def main() -> None:
    wg = sync.WaitGroup()

    def task() -> None:
        defer(fmt.println, "deferred in the task")
        runtime.goexit()

    wg.go(task)
    wg.wait()
    fmt.println("a task that calls Goexit is done")
    mu = sync.Mutex()
    total = 0
    for i in range(1, 11):

        def add(i: int = i) -> None:
            nonlocal total
            mu.lock()
            defer(mu.unlock)
            total += i

        wg.go(add)
    wg.wait()
    fmt.println("total", total)


if __name__ == "__main__":
    run(main)
