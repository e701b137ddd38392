from goexit import Chan, fmt, go, run, sync


def main() -> None:
    rw = sync.RWMutex()
    inside: Chan[str] = Chan(str)
    leave: Chan[bool] = Chan(bool)
    for name in ["reader 1", "reader 2"]:

        def reader(name: str = name) -> None:
            rw.rlock()
            inside.send(name + " holds the read lock")
            leave.recv()
            rw.runlock()

        go(reader)
    a, b = inside.recv(), inside.recv()
    fmt.println(a < b or a > b, "two readers inside at once")
    fmt.println("TryLock while read-locked:", rw.try_lock())
    fmt.println("TryRLock while read-locked:", rw.try_rlock())
    rw.runlock()
    wrote: Chan[bool] = Chan(bool)

    def writer() -> None:
        rw.lock()
        fmt.println("writer in")
        rw.unlock()
        wrote.send(True)

    go(writer)

    def readers_kept_out() -> bool:
        ok = rw.try_rlock()
        if ok:
            rw.runlock()
        return not ok

    while not readers_kept_out():
        pass
    fmt.println("a waiting writer keeps new readers out: TryRLock false")
    leave.send(True)
    leave.send(True)
    wrote.recv()
    fmt.println("TryLock when free:", rw.try_lock())
    rw.unlock()
    rl = rw.rlocker()
    rl.lock()
    fmt.println("RLocker locks for reading: TryLock", rw.try_lock())
    rl.unlock()
    fmt.println("and unlocks: TryLock", rw.try_lock())
    rw.unlock()


if __name__ == "__main__":
    run(main)
