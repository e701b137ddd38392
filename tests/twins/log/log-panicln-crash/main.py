"""An unrecovered log.Panicln: its value ends with a newline, so the panic line is followed by a tab-indented
empty line."""

from goexit import log, run


def main() -> None:
    log.set_flags(0)
    log.panicln("giving up:", 3, "retries")


if __name__ == "__main__":
    run(main)
