"""time.AfterFunc and context.AfterFunc both run a function later, in a
goroutine of its own, but they wait for different things. The timer
waits for its clock and nothing else. The context's function runs when
the context ends, by its deadline or by an early cancel: a cancel does
not reach a timer, which has to be stopped on its own."""

from goexit import Chan, context, fmt, run, time


def main() -> None:
    ran: Chan[str] = Chan()
    ctx, cancel = context.with_timeout(context.background(), time.Hour)
    timer = time.after_func(time.Hour, lambda: ran.send("timer: fired"))
    stop = context.after_func(ctx, lambda: ran.send("context func: " + str(ctx.err())))

    cancel()  # the work is done an hour early
    fmt.println(ran.recv())
    fmt.println("context func already started, stop:", stop())
    fmt.println("timer still waiting, Stop:", timer.stop())


if __name__ == "__main__":
    run(main)
