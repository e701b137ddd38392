"""runtime.goexit called by a test itself (not through fail_now) is reported as
"test executed panic(nil) or runtime.Goexit"; a subtest's fail_now on its parent
stops both; a test after them still runs."""

from goexit import defer, runtime, testing


def TestParentFailNowFromSubtest(t: testing.T) -> None:
    parent = t

    def sub(t: testing.T) -> None:
        defer(t.log, "sub's deferred call")
        parent.fail_now()

    t.run("sub", sub)
    t.log("never printed")


def TestNext(t: testing.T) -> None:
    t.log("still running")


def TestGoexit(t: testing.T) -> None:
    defer(t.log, "deferred before Goexit")
    runtime.goexit()


if __name__ == "__main__":
    testing.main()
