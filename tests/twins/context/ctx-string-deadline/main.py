from goexit import context, defer, fmt, run, time


def main() -> None:
    past = time.date(2009, time.November, 10, 23, 0, 0, 0, time.UTC)
    ctx, cancel = context.with_deadline(context.background(), past)
    defer(cancel)
    s = str(ctx)
    head, _, rest = s.partition(" [")
    fmt.println(head)
    left, err = time.parse_duration(rest.removesuffix("])"))
    fmt.println("time left is negative:", left < 0, err, ctx.err())
    future = time.date(2100, time.January, 1, 0, 0, 0, 500, time.fixed_zone("EST", -5 * 3600))
    ctx2, cancel2 = context.with_deadline(context.background(), future)
    defer(cancel2)
    head2, _, rest2 = fmt.sprint(ctx2).partition(" [")
    fmt.println(head2)
    left2, _ = time.parse_duration(rest2.removesuffix("])"))
    fmt.println("time left is positive:", left2 > 0, ctx2.err())
    d, ok = ctx2.deadline()
    fmt.println(d, ok)
    child, cancel3 = context.with_deadline(ctx2, future.add(time.Hour))
    defer(cancel3)
    fmt.println("a later deadline gives WithCancel:", fmt.sprint(child).endswith(".WithCancel"))
    bd, bok = context.background().deadline()
    fmt.println("no deadline:", bd, bok, bd.is_zero())


if __name__ == "__main__":
    run(main)
