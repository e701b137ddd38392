"""Re-panicking the recovered value itself prints it once: panic: message [recovered, repanicked]."""

from goexit import defer, fmt, panic, recover, run


def main() -> None:
    def cleanup() -> None:
        r = recover()
        fmt.println("cleaning up after:", r)
        panic(r)

    defer(cleanup)
    fmt.println("start")
    panic("message")


if __name__ == "__main__":
    run(main)
