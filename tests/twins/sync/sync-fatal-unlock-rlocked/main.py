from goexit import fmt, run, sync


def main() -> None:
    rw = sync.RWMutex()
    rw.rlock()
    fmt.println("read-locked; now Unlock, which is for writers")
    rw.unlock()


if __name__ == "__main__":
    run(main)
