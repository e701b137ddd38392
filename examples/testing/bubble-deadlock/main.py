"""synctest.test (Go 1.25) runs a test in a bubble, and fails it when the
bubble still holds a blocked goroutine after the test's function has
returned: here first_answer's slower mirror, blocked for ever on its send.
The panic names the goroutines left in the bubble, each marked durable:
only another goroutine of the bubble could wake it, and none is left.
With room for both answers, the same test passes."""

from goexit import Chan, go, synctest, testing


def first_answer(buffer: int) -> str:
    """Asks two mirrors and returns the first answer."""
    answers: Chan[str] = Chan(str, buffer)
    for mirror in ["mirror A", "mirror B"]:
        go(answers.send, mirror)
    return answers.recv()


def TestFirstAnswerBuffered(t: testing.T) -> None:
    def bubbled(t: testing.T) -> None:
        first_answer(2)
        t.log("both mirrors can send: synctest.Test waits for them to return")

    synctest.test(t, bubbled)


def TestFirstAnswerUnbuffered(t: testing.T) -> None:
    def bubbled(t: testing.T) -> None:
        first_answer(0)
        t.log("the slower mirror is still blocked on its send")

    synctest.test(t, bubbled)


if __name__ == "__main__":
    testing.main()
