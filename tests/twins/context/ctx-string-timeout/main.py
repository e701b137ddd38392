import re

from goexit import context, defer, fmt, run, time


def main() -> None:
    ctx, cancel = context.with_timeout(context.background(), 1500 * time.Millisecond)
    defer(cancel)
    s = fmt.sprint(ctx)
    shape = re.compile(
        r"^context\.Background\.WithDeadline\("
        r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)? [+-]\d{4} \S+ m=\+\d+\.\d{9} \[(.*)\]\)$"
    )
    m = shape.match(s)
    fmt.println("shape matches:", m is not None)
    assert m is not None
    left, err = time.parse_duration(m.group(2))
    fmt.println("time left:", left > time.Second, left <= 1500 * time.Millisecond, err)
    d, ok = ctx.deadline()
    fmt.println("deadline within 1.5s:", ok, time.until(d) <= 1500 * time.Millisecond)
    fmt.println(" m=+" in d.string(), " m=" in d.round(0).string())
    cancel()
    fmt.println(ctx.err())


if __name__ == "__main__":
    run(main)
