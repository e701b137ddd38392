"""A goroutine-leak check, as a test would do it without a library (uber-go
/goleak does it with stack traces): count goroutines before, run the
code, then poll for a while until the count is back, since goroutines
take a moment to finish exiting. The leaky version takes the first of
two answers and leaves the other sender blocked for ever on an
unbuffered channel; the fixed one gives the channel room for both."""

from collections.abc import Callable

from goexit import Chan, fmt, go, run, runtime, time


def first_answer(buffer: int) -> str:
    answers: Chan[str] = Chan(str, buffer)
    for mirror in ["mirror A", "mirror B"]:
        go(answers.send, mirror)
    return answers.recv()  # the first answer wins; the other is not read


def check_leaks(name: str, f: Callable[[], object]) -> None:
    before = runtime.num_goroutine()
    f()
    i = 0
    while i < 200 and runtime.num_goroutine() > before:
        time.sleep(time.Millisecond)
        i += 1
    if (leaked := runtime.num_goroutine() - before) > 0:
        fmt.printf("%-11s %d goroutine(s) leaked\n", name + ":", leaked)
    else:
        fmt.printf("%-11s no leak\n", name + ":")


def main() -> None:
    check_leaks("unbuffered", lambda: first_answer(0))
    check_leaks("buffered", lambda: first_answer(2))


if __name__ == "__main__":
    run(main)
