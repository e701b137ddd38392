from goexit import Chan, close, run


def main() -> None:
    ch: Chan[int] = Chan(int)
    close(ch)
    close(ch)


if __name__ == "__main__":
    run(main)
