"""A panic in a subtest: the test binary prints the --- FAIL lines of the subtest and its
parents (cleanups run first), then the panic, and exits 2; go test prints FAIL."""

from goexit import panic, testing


def TestFirst(t: testing.T) -> None:
    t.log("a passing test first")


def TestPanics(t: testing.T) -> None:
    t.cleanup(lambda: t.log("parent cleanup"))

    def boom(t: testing.T) -> None:
        t.cleanup(lambda: t.log("sub cleanup"))
        t.log("about to panic")
        panic("boom")

    t.run("boom", boom)


if __name__ == "__main__":
    testing.main()
