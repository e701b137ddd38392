"""t.fatal in a subtest stops the subtest only: fail_now ends the goroutine
that t.run started for it with runtime.goexit, its deferred calls run,
and t.run returns False to the parent, which goes on. The parent fails
with its subtest."""

from goexit import defer, testing


def TestParentGoesOn(t: testing.T) -> None:
    def open_config(t: testing.T) -> None:
        defer(lambda: t.log("deferred: runs as Goexit unwinds the subtest"))
        t.fatal("open config.json: no such file or directory")
        t.log("never printed")  # type: ignore[unreachable]

    ok = t.run("open", open_config)
    t.log("t.Run returned", ok, "and the parent goes on")
    t.run("parse", lambda t: t.log("the next subtest runs too"))


if __name__ == "__main__":
    testing.main()
