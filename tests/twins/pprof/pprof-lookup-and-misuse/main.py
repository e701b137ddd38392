from goexit import bytes, defer, fmt, func, os, pprof, recover, run


# The predefined profiles, a profile that does not exist, the gzip-compressed
# protocol buffer of debug=0, and the panics of misuse: Add on a built-in
# profile, and writing a zero Profile.
def main() -> None:
    for p in pprof.profiles():
        fmt.print_(p.name(), " ")
    fmt.println()
    fmt.println(pprof.lookup("nosuch") is None)
    b = bytes.Buffer()
    leak = pprof.lookup("goroutineleak")
    assert leak is not None
    err = leak.write_to(b, 0)
    data = b.bytes()
    fmt.println(err, len(data) > 2 and data[0] == 0x1F and data[1] == 0x8B)

    @func
    def add() -> None:
        defer(lambda: fmt.println("recovered:", recover()))
        leak.add(1, 0)

    add()
    zero = pprof.Profile()
    fmt.println(zero.name() == "", zero.count())
    zero.write_to(os.Stdout, 2)


if __name__ == "__main__":
    run(main)
