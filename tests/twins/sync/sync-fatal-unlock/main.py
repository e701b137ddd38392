from goexit import fmt, go, run, select, sync


def main() -> None:
    rw = sync.RWMutex()
    rw.lock()
    rw.unlock()
    fmt.println("locked and unlocked once")
    go(lambda: select())
    rw.unlock()


if __name__ == "__main__":
    run(main)
