from goexit import Chan, fmt, go, run, sync


def main() -> None:
    mu = sync.Mutex()
    fmt.println("TryLock free:", mu.try_lock())
    fmt.println("TryLock held:", mu.try_lock())
    got: Chan[bool] = Chan(bool)
    go(lambda: got.send(mu.try_lock()))
    fmt.println("TryLock from another goroutine:", got.recv())
    go(lambda: mu.unlock())  # any goroutine may unlock
    mu.lock()
    fmt.println("locked again after another goroutine unlocked")
    mu.unlock()
    lk: sync.Locker = mu
    lk.lock()
    fmt.println("as a Locker:", mu.try_lock())
    lk.unlock()


if __name__ == "__main__":
    run(main)
