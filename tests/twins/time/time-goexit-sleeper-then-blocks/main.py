from goexit import Chan, fmt, go, run, runtime, time


def main() -> None:
    def sleeper() -> None:
        time.sleep(10 * time.Millisecond)
        fmt.println("slept")
        Chan(int).recv()

    go(sleeper)
    runtime.goexit()


if __name__ == "__main__":
    run(main)
