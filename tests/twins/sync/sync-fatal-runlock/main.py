from goexit import defer, fmt, recover, run, sync


def main() -> None:
    defer(fmt.println, "deferred: never printed")
    defer(lambda: fmt.println("recover:", recover()))
    rw = sync.RWMutex()
    rw.rlock()
    rw.runlock()
    fmt.println("one RLock, one RUnlock: fine")
    rw.runlock()


if __name__ == "__main__":
    run(main)
