"""A leak check a test calls first: it counts goroutines now, and a cleanup
counts them again once the test is over, polling for a while, since a
goroutine that is exiting takes a moment to be gone. Both are marked
t.helper(), so a failure names the test's line, not the helper's."""

from goexit import Chan, go, runtime, testing, time


def check_no_leak(t: testing.T) -> None:
    t.helper()
    before = runtime.num_goroutine()

    def count_again() -> None:
        t.helper()
        i = 0
        while i < 1000 and runtime.num_goroutine() > before:
            time.sleep(time.Millisecond)
            i += 1
        if (n := runtime.num_goroutine() - before) > 0:
            t.errorf("%d goroutine(s) still running after the test", n)

    t.cleanup(count_again)


def first_answer(buffer: int) -> str:
    """Asks two mirrors and returns the first answer."""
    answers: Chan[str] = Chan(str, buffer)
    for mirror in ["mirror A", "mirror B"]:
        go(answers.send, mirror)
    return answers.recv()  # the other answer is never read


def TestFirstAnswerUnbuffered(t: testing.T) -> None:
    check_no_leak(t)
    first_answer(0)  # the slower mirror blocks for ever on its send


def TestFirstAnswerBuffered(t: testing.T) -> None:
    check_no_leak(t)
    first_answer(2)  # room for both answers: both mirrors return


if __name__ == "__main__":
    testing.main()
