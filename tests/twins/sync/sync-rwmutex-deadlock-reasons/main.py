from goexit import fmt, go, run, sync


def main() -> None:
    held = sync.RWMutex()
    held.rlock()
    go(lambda: held.lock())  # waits for the reader to leave
    while held.try_rlock():  # until the writer is pending
        held.runlock()
    go(lambda: held.rlock())  # waits behind the pending writer
    go(lambda: held.lock())  # waits for the first writer
    fmt.println("main waits for ever")
    w = sync.RWMutex()
    w.lock()
    w.rlock()


if __name__ == "__main__":
    run(main)
