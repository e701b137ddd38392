from goexit import fmt, run, time


def main() -> None:
    for s in [
        "1h15m30.918273645s",
        "",
        "0",
        "1",
        "1x",
        "-1.5h",
        "+5s",
        ".5s",
        "1.s",
        "300ms",
        "1µs",
        "1us",
        "2h45m",
        "2562047h47m16.854775807s",
        "2562047h47m16.854775808s",
        "9223372036854775808ns",
        "-9223372036854775808ns",
        "1e3s",
        "5m3",
        ".s",
        "-",
        "1h-2m",
        "3ns4us",
        "0.000000001s",
        "1.0000000001s",
        "10 s",
        "1µ",
    ]:
        d, err = time.parse_duration(s)
        fmt.printf("%q -> %v, %v\n", s, d, err)
    d, err = time.parse_duration("1m30s")
    if err is None:
        fmt.println(d.seconds(), d)


if __name__ == "__main__":
    run(main)
