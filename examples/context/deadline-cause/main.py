"""WithDeadlineCause (Go 1.21) gives a deadline a reason: when it passes,
Err still says "context deadline exceeded" and Cause returns the reason.
The reason counts only if this deadline is what ends the context: a
parent's earlier deadline brings the parent's cause, and a cancel that
comes first brings context.Canceled."""

from goexit import context, defer, errors, fmt, nil_recv, run, time


def show(name: str, ctx: context.Context) -> None:
    nil_recv(ctx.done())
    fmt.printf("%-17s err: %v | cause: %v\n", name + ":", ctx.err(), context.cause(ctx))


def main() -> None:
    err_window = errors.new("batch window closed")
    err_report = errors.new("report took too long")

    def in_20ms() -> time.Time:
        return time.now().add(20 * time.Millisecond)

    in_an_hour = time.now().add(time.Hour)

    batch, cancel_batch = context.with_deadline_cause(context.background(), in_20ms(), err_window)
    defer(cancel_batch)
    show("its own deadline", batch)
    fmt.println("is errWindow:", errors.is_(context.cause(batch), err_window))

    parent, cancel_parent = context.with_deadline_cause(context.background(), in_20ms(), err_window)
    defer(cancel_parent)
    report, cancel_report = context.with_deadline_cause(parent, in_an_hour, err_report)
    defer(cancel_report)
    show("parent's deadline", report)

    early, cancel_early = context.with_deadline_cause(context.background(), in_an_hour, err_report)
    cancel_early()
    show("cancelled first", early)


if __name__ == "__main__":
    run(main)
