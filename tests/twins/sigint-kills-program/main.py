import os as pyos
import signal

from goexit import fmt, go, run, time


def main() -> None:
    def interrupt() -> None:
        time.sleep(200 * time.Millisecond)
        pyos.kill(pyos.getpid(), signal.SIGINT)

    go(interrupt)
    fmt.println("waiting")
    time.sleep(5 * time.Second)


if __name__ == "__main__":
    run(main)
