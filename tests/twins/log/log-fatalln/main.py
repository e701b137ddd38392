"""log.Fatalln spaces its operands like Println, then exits with status 1."""

from goexit import log, run


def main() -> None:
    log.set_flags(0)
    log.set_prefix("fatal: ")
    log.fatalln("a", 1, True, None, ["x"])


if __name__ == "__main__":
    run(main)
