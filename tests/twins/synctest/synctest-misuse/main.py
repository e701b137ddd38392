"""Misuse of synctest and of a bubble's T panics with Go's messages: wait outside a
bubble, test inside one, t.run and t.deadline on the bubble's T."""

from collections.abc import Callable

from goexit import defer, func, recover, synctest, testing


@func
def try_(t: testing.T, what: str, f: Callable[[], object]) -> None:
    t.helper()
    defer(lambda: t.log(what + ":", recover()))
    f()


def TestMisuse(t: testing.T) -> None:
    try_(t, "Wait outside a bubble", synctest.wait)

    def bubbled(t: testing.T) -> None:
        try_(t, "Test inside a bubble", lambda: synctest.test(t, lambda t: None))
        try_(t, "t.Run in a bubble", lambda: t.run("sub", lambda t: None))
        try_(t, "t.Deadline in a bubble", lambda: t.deadline())
        t.log("the bubble's T is named", t.name())

    synctest.test(t, bubbled)


if __name__ == "__main__":
    testing.main()
