from goexit import atomic, fmt, run, sync


def main() -> None:
    i32 = atomic.Int32()
    i32.store(2**31 - 1)
    fmt.println("Int32 wraps:", i32.add(1), i32.load())
    i64 = atomic.Int64()
    fmt.println(
        "Int64:",
        i64.add(5),
        i64.swap(9),
        i64.load(),
        i64.compare_and_swap(5, 1),
        i64.compare_and_swap(9, 1),
        i64.load(),
    )
    u32 = atomic.Uint32()
    fmt.println("Uint32 minus one:", u32.add(-1), u32.add(2))
    u64 = atomic.Uint64()
    u64.store(2**64 - 1)
    fmt.println("Uint64:", u64.load(), u64.add(1))
    bits = atomic.Uint32()
    bits.store(0b1100)
    fmt.println("And returns old:", bits.and_(0b0110), bits.load(), "Or returns old:", bits.or_(0b0001), bits.load())
    n = atomic.Int64()
    wg = sync.WaitGroup()

    def adder() -> None:
        for _ in range(500):
            n.add(1)

    for _ in range(8):
        wg.go(adder)
    wg.wait()
    fmt.println("8 x 500 adds:", n.load())
    b = atomic.Bool()
    fmt.println(
        "Bool:",
        b.load(),
        b.swap(True),
        b.load(),
        b.compare_and_swap(False, True),
        b.compare_and_swap(True, False),
        b.load(),
    )


if __name__ == "__main__":
    run(main)
