from goexit import fmt, go, run, runtime, time


def main() -> None:
    def sleeper() -> None:
        time.sleep(5 * time.Millisecond)
        fmt.println("sleeper wakes and arms an AfterFunc")
        time.after_func(5 * time.Millisecond, lambda: fmt.println("AfterFunc runs last"))

    go(sleeper)
    runtime.goexit()


if __name__ == "__main__":
    run(main)
