from goexit import fmt, run, signal


def main() -> None:
    fmt.println(signal.SIGHUP, signal.SIGTERM, signal.SIGINT, signal.SIGQUIT, signal.SIGUSR1, signal.SIGUSR2)
    fmt.printf("%v|%s|%d\n", signal.SIGTERM, signal.SIGHUP, signal.SIGINT)
    fmt.println(signal.SIGHUP == 1, fmt.sprint(signal.SIGTERM) == "terminated")


if __name__ == "__main__":
    run(main)
