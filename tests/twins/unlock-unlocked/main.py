from goexit import defer, fmt, recover, run, sync


def main() -> None:
    mu = sync.Mutex()
    defer(lambda: fmt.println("never: fatal errors cannot be recovered", recover()))
    mu.unlock()


if __name__ == "__main__":
    run(main)
