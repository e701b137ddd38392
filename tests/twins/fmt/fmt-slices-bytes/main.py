"""Slices and arrays with every verb: flags apply to each element; []byte is special for %s %q %x."""

from goexit import fmt, run


class Strings(list[str]):
    go_type = "[]string"  # an empty list has no elements to infer the type from


def main() -> None:
    ints = [1, -2, 30, 255]
    strs = ["a", "b c", "", "日本"]
    floats = [1.5, 1e6, 0.1, -2.0]
    nested: list[list[int]] = [[1, 2], [], [3]]
    anys = [1, "two", 3.0, None, True, [4]]
    arr = (7, 8, 9)
    empty = Strings()
    bs = b"hi\x00\xff"
    for v in [ints, strs, floats, nested, anys, arr, empty]:
        fmt.printf("%v|%+v|%#v|%T\n", v, v, v, v)
        fmt.printf("%d|%s|%q|%x|%X|%5v|%-4v|%06.2f\n", v, v, v, v, v, v, v, v)
    fmt.printf("%v|%d|%s|%q|%x|%X|% x|%#x|%# x|%#v|%T\n", bs, bs, bs, bs, bs, bs, bs, bs, bs, bs, bs)
    fmt.printf("%10s|%-10x|%.2s|%.1x|%8q\n", b"abc", b"abc", b"abc", b"abc", b"abc")
    no_bytes = b""
    fmt.printf("%v|%s|%x|%#v|%q\n", no_bytes, no_bytes, no_bytes, no_bytes, no_bytes)
    fmt.println(ints, strs, floats, nested, anys, arr, empty, bs)
    fmt.print_(ints, strs, "\n")
    fmt.println(ints[1:3], len(ints), len(ints[:2]))
    m = [["x"], ["y", "z"]]
    fmt.printf("%q %v %#v\n", m, m, m)
    runes = [ord(c) for c in "héllo"]
    fmt.printf("%v %c %q %U %T\n", runes, runes, runes, runes, runes)


if __name__ == "__main__":
    run(main)
