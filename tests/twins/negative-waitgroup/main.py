from goexit import run, sync


def main() -> None:
    wg = sync.WaitGroup()
    wg.add(1)
    wg.done()
    wg.done()


if __name__ == "__main__":
    run(main)
