from goexit import Chan, close, run


def main() -> None:
    ch: Chan[int] | None = None
    close(ch)


if __name__ == "__main__":
    run(main)
