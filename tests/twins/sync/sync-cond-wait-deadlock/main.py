from goexit import fmt, run, sync


def main() -> None:
    mu = sync.Mutex()
    cond = sync.new_cond(mu)
    ready = False
    cond.signal()
    fmt.println("signalled before anyone waits")
    mu.lock()
    while not ready:
        cond.wait()
    mu.unlock()


if __name__ == "__main__":
    run(main)
