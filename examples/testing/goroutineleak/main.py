"""A leak check with the goroutineleak profile: a test calls it first, it notes
the goroutines the profile finds leaked now, and a cleanup writes the profile
again once the test is over and reports each goroutine newly leaked. (Go's
build line keeps the file to the releases that have the profile.)"""

from goexit import Chan, go, pprof, runtime, strings, testing, time


def check_no_leak(t: testing.T) -> None:
    t.helper()
    before = leaked(t)

    def check_again() -> None:
        t.helper()
        wait_blocked()
        for g in leaked(t):
            if g not in before:
                t.errorf("leaked: %s", g)

    t.cleanup(check_again)


def leaked(t: testing.T) -> list[str]:
    """Writes the goroutineleak profile, which runs the detection, and returns the
    header of each goroutine it marks, such as "goroutine 7 [chan send (leaked)]:"."""
    t.helper()
    b = strings.Builder()
    profile = pprof.lookup("goroutineleak")
    assert profile is not None
    if (err := profile.write_to(b, 2)) is not None:
        t.fatal(err)
    return [line for line in b.string().split("\n") if line.endswith(" (leaked)]:")]


def wait_blocked() -> None:
    """Waits until every goroutine but the caller is blocked, where the profile
    can see it: a goroutine still on its way to a channel is not a leak yet."""
    buf = bytearray(1 << 20)
    while True:
        s = buf[: runtime.stack(buf, True)].decode()
        if s.count(" [running]:") + s.count(" [runnable]:") == 1:
            return
        time.sleep(time.Millisecond)


def first_answer(buffer: int) -> str:
    """Asks two mirrors and returns the first answer."""
    answers: Chan[str] = Chan(str, buffer)
    for mirror in ["mirror A", "mirror B"]:
        go(ask, mirror, answers)
    return answers.recv()  # the other answer is never read


def ask(mirror: str, answers: Chan[str]) -> None:
    answers.send("answer from " + mirror)


def TestFirstAnswerUnbuffered(t: testing.T) -> None:
    check_no_leak(t)
    first_answer(0)  # the slower mirror blocks for ever on a channel nobody else has


def TestFirstAnswerBuffered(t: testing.T) -> None:
    check_no_leak(t)
    first_answer(2)  # room for both answers: both mirrors return


requests: Chan[str] = Chan(str)  # a package variable: reachable for as long as the program runs


def TestPackageVariable(t: testing.T) -> None:
    check_no_leak(t)
    go(requests.send, "ping")  # blocks for ever too, but the profile cannot tell


if __name__ == "__main__":
    testing.main()
