from goexit import defer, fmt, run, runtime, time


def main() -> None:
    time.after_func(20 * time.Millisecond, lambda: fmt.println("AfterFunc ran"))
    defer(fmt.println, "main's deferred call")
    runtime.goexit()


if __name__ == "__main__":
    run(main)
