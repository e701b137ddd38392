from goexit import panic, run


def main() -> None:
    panic(None)


if __name__ == "__main__":
    run(main)
