"""The pipelines pattern (go.dev/blog/pipelines): gen -> sq, fanned out to
two goroutines -> merge. Each stage closes its output when its input
ends, and also selects on a shared done channel: when the consumer stops
early and closes done, every stage returns instead of blocking for ever
on a send nobody will receive."""

from goexit import Chan, Recv, Send, close, defer, fmt, go, run, runtime, select, sync, time


def gen(done: Chan[None], *nums: int) -> Chan[int]:
    out: Chan[int] = Chan(int)

    def stage() -> None:
        defer(close, out)
        for n in nums:
            if select(Send(out, n), Recv(done)).case == 1:
                return

    go(stage)
    return out


def sq(done: Chan[None], inp: Chan[int]) -> Chan[int]:
    out: Chan[int] = Chan(int)

    def stage() -> None:
        defer(close, out)
        for n in inp:
            if select(Send(out, n * n), Recv(done)).case == 1:
                return

    go(stage)
    return out


def merge(done: Chan[None], *cs: Chan[int]) -> Chan[int]:
    wg = sync.WaitGroup()
    out: Chan[int] = Chan(int)
    for c in cs:

        def output(c: Chan[int] = c) -> None:
            for n in c:
                if select(Send(out, n), Recv(done)).case == 1:
                    return

        wg.go(output)

    def closer() -> None:
        wg.wait()
        close(out)

    go(closer)
    return out


def settle(want: int) -> int:
    """Wait up to a second for the goroutine count to fall to want, and return the count."""
    i = 0
    while i < 1000 and runtime.num_goroutine() > want:
        time.sleep(time.Millisecond)
        i += 1
    return runtime.num_goroutine()


def main() -> None:
    done: Chan[None] = Chan()
    inp = gen(done, 1, 2, 3, 4)
    all_ = list(merge(done, sq(done, inp), sq(done, inp)))
    close(done)
    all_.sort()  # the two sq stages finish in any order
    fmt.println("all the way through:", all_)

    done = Chan()
    inp = gen(done, 1, 2, 3, 4, 5, 6, 7, 8)
    out = merge(done, sq(done, inp), sq(done, inp))
    out.recv()
    close(done)
    fmt.println("took one value and closed done; goroutines besides main:", settle(1) - 1)


if __name__ == "__main__":
    run(main)
