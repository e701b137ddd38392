"""A panic in a goroutine that nobody recovers ends the whole program, even though main is still waiting."""

from goexit import Chan, Recv, defer, errors, fmt, func, go, panic, run, select, time

ErrCorrupt = errors.new("corrupt record")


@func
def process(id_: int) -> None:
    defer(fmt.println, "deferred in worker", id_)
    if id_ == 2:
        panic(fmt.errorf("worker %d: %w", id_, ErrCorrupt))


def main() -> None:
    defer(fmt.println, "main's defer never runs")
    done: Chan[bool] = Chan(bool)

    def body() -> None:
        process(1)
        process(2)
        done.send(True)

    go(body)
    select(Recv(done), Recv(time.after(5 * time.Second)))
    fmt.println("unreachable")


if __name__ == "__main__":
    run(main)
