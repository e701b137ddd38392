from goexit import fmt, run, time


def main() -> None:
    start = time.now()
    time.sleep(5 * time.Millisecond)
    elapsed = time.since(start)
    fmt.println("slept at least 5ms:", elapsed >= 5 * time.Millisecond, elapsed < time.Second)
    deadline = start.add(time.Hour)
    left = time.until(deadline)
    fmt.println("until:", left > 59 * time.Minute, left <= time.Hour)
    fmt.println("sub:", deadline.sub(start), start.sub(deadline))
    fmt.println(
        "before/after/equal:", start.before(deadline), start.after(deadline), start.add(time.Hour).equal(deadline)
    )
    fmt.println("compare:", start.compare(deadline), deadline.compare(start), start.compare(start))
    later = time.now()
    fmt.println("monotonic order:", later.after(start), not later.before(start))
    zero = time.Time()
    fmt.println("zero:", zero.is_zero(), start.is_zero(), zero)
    fmt.println("round(0) keeps the instant:", start.round(0).equal(start))
    fmt.println(time.since(start.add(-time.Minute)) > time.Minute)


if __name__ == "__main__":
    run(main)
