from goexit import fmt, run, time


def main() -> None:
    t = time.date(2009, time.November, 10, 23, 4, 5, 123456789, time.UTC)
    fmt.println(t)
    fmt.println(t.string())
    for layout in [
        time.RFC3339,
        time.RFC3339Nano,
        time.Kitchen,
        time.ANSIC,
        time.UnixDate,
        time.RFC1123,
        time.RFC1123Z,
        time.RFC822,
        time.RFC850,
        time.Stamp,
        time.StampMilli,
        time.DateTime,
        time.DateOnly,
        time.TimeOnly,
        "2006-01-02 15:04:05.000",
        "Jan _2 3:04PM",
        "Monday 02/01/06 pm",
        "__2 002",
        ".999 ,000 .9",
        "-07:00 Z07:00 MST",
    ]:
        fmt.printf("%-40q %s\n", layout, t.format(layout))
    fmt.println(
        t.year(), t.month(), t.day(), t.hour(), t.minute(), t.second(), t.nanosecond(), t.weekday(), t.year_day()
    )
    y, m, d = t.date()
    h, mi, s = t.clock()
    fmt.println(y, m, d, h, mi, s, int(m))
    fmt.println(t.unix(), t.unix_milli(), t.unix_nano())
    fmt.println(time.date(2023, 13, 32, 25, 61, 61, 0, time.UTC))
    fmt.println(t.add_date(0, 1, 21), t.add_date(-1, -11, 0))
    fmt.println(t.add(90 * time.Minute), t.truncate(time.Hour), t.round(time.Hour))
    zone = time.fixed_zone("XYZ", -(3 * 3600 + 1800))
    fmt.println(t.in_(zone), t.in_(zone).format(time.RFC3339))
    fmt.println(time.unix(0, 0).utc(), time.unix(1700000000, 5).utc())
    fmt.println(time.date(2024, 2, 29, 0, 0, 0, 0, time.UTC).weekday(), time.March, time.Saturday)
    fmt.println(time.Month(13), time.Weekday(7))
    u = time.date(2009, 11, 10, 23, 0, 0, 0, time.UTC)
    fmt.println(t.sub(u), u.before(t), t.equal(t.in_(zone)), t == t.in_(zone))


if __name__ == "__main__":
    run(main)
