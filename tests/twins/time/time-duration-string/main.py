from goexit import fmt, run, time

MAX_INT64 = 2**63 - 1
MIN_INT64 = -(2**63)


def main() -> None:
    ds = [
        time.Duration(0),
        time.Duration(1),
        time.Duration(999),
        time.Microsecond,
        time.Duration(1500),
        time.Duration(999999),
        1500 * time.Microsecond,
        3 * time.Millisecond,
        time.Second,
        1500 * time.Millisecond,
        90 * time.Second,
        time.Hour,
        time.Hour + 2 * time.Minute + 3 * time.Second,
        100 * time.Hour + 7,
        time.Duration(-1500),
        -time.Second,
        -90 * time.Minute,
        time.Duration(MAX_INT64),
        time.Duration(MIN_INT64),
    ]
    for d in ds:
        fmt.println(d)
        fmt.printf("%v|%s|%d|%12v|%-12v|\n", d, d, d, d, d)
    fmt.println(ds[:4])
    fmt.println(time.Duration(1500).string() + "!")


if __name__ == "__main__":
    run(main)
