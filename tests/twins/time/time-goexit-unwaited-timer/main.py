from goexit import fmt, run, runtime, time


def main() -> None:
    t = time.new_timer(20 * time.Millisecond)
    _ = t
    fmt.println("main exits its goroutine")
    runtime.goexit()


if __name__ == "__main__":
    run(main)
