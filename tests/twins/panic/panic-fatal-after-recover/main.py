"""A fatal error after recover, still inside the deferred call: the panic prints as [recovered], then the fatal
error."""

from goexit import defer, fmt, panic, recover, run, sync


class Level(int):
    pass


def main() -> None:
    def handler() -> None:
        fmt.println("recovered:", recover())
        mu = sync.Mutex()
        mu.unlock()

    defer(handler)
    panic(Level(3))


if __name__ == "__main__":
    run(main)
