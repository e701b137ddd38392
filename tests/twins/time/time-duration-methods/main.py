from goexit import fmt, run, time


def main() -> None:
    ds = [
        1500 * time.Millisecond,
        90 * time.Second,
        time.Hour + 2 * time.Minute + 3 * time.Second,
        1500 * time.Microsecond,
        time.Duration(-1500),
        time.Duration(999),
    ]
    for d in ds:
        fmt.println(d, d.hours(), d.minutes(), d.seconds())
        fmt.println(d, d.milliseconds(), d.microseconds(), d.nanoseconds(), d.abs())
    fmt.println(time.Duration(-(2**63)).abs(), time.Duration(-1).abs())
    d = 1500 * time.Millisecond
    fmt.println(d.round(time.Second), d.truncate(time.Second), d.round(0), d.truncate(-1))
    fmt.println((2500 * time.Millisecond).round(time.Second), (-2500 * time.Millisecond).round(time.Second))
    fmt.println((-1500 * time.Millisecond).truncate(time.Second), (1499 * time.Millisecond).round(time.Second))
    fmt.println(time.Duration(2**63 - 1).round(time.Hour), time.Duration(-(2**63)).round(time.Hour))
    fmt.println((time.Hour + 29 * time.Minute).round(time.Hour), (time.Hour + 30 * time.Minute).round(time.Hour))
    fmt.println(
        (1234567 * time.Microsecond).round(time.Millisecond),
        (1234567 * time.Microsecond).truncate(10 * time.Millisecond),
    )


if __name__ == "__main__":
    run(main)
