from goexit import fmt, run, time


def main() -> None:
    d = 1500 * time.Millisecond
    fmt.println(d * 2, d / 3, d % time.Second, -d, d + time.Millisecond, d - 2 * time.Second)
    fmt.println(d / time.Millisecond, time.Second // d, (-d) / time.Second, (-d) % time.Second)
    n = 4
    fmt.println(time.Duration(n) * time.Second, d * time.Duration(n), time.Minute // time.Duration(n))
    max_d, min_d = time.Duration(2**63 - 1), time.Duration(-(2**63))
    fmt.println(max_d + 1, min_d - 1, max_d * 2)
    secs = 2.5
    fmt.println(time.Duration(secs * float(time.Second)), float(d) / float(time.Second), int(d))
    total = time.Duration(0)
    for i in range(1, 4):
        total += time.Duration(i) * 250 * time.Millisecond
    fmt.println(total, total > time.Second, total == 1500 * time.Millisecond)


if __name__ == "__main__":
    run(main)
