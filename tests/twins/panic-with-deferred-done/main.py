from goexit import defer, fmt, go, panic, run, runtime, sync


def lookup(m: dict[str, int]) -> int:
    v = m.get("missing")
    if v is None:
        panic("missing key")
    return v


def main() -> None:
    runtime.gomaxprocs(1)
    wg = sync.WaitGroup()
    wg.add(1)

    def worker() -> None:
        defer(wg.done)
        fmt.println(lookup({}))

    go(worker)
    wg.wait()  # returns once the deferred done() has run; the panic still ends the program, status 2


if __name__ == "__main__":
    run(main)
