from goexit import Chan, nil_recv, run


def main() -> None:
    ch: Chan[int] | None = None
    nil_recv(ch)


if __name__ == "__main__":
    run(main)
