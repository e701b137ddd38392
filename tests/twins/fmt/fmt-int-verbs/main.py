"""Integer verbs: every base, rune verbs, and the sign and prefix flags."""

from goexit import fmt, run


def main() -> None:
    values = [0, 1, 7, 10, 42, 255, 256, -1, -42, 65, 0x1F600, 1234567890, -9223372036854775808, 9223372036854775807]
    for v in values:
        fmt.printf("%d|%v|%b|%o|%O|%x|%X|%#x|%#X|%#o|%#b\n", v, v, v, v, v, v, v, v, v, v, v)
        fmt.printf("%+d|% d|%+x|% x|%08d|%-8d|%8d|%.5d|%8.3d|%-+8d|%+08d|% 08d\n", v, v, v, v, v, v, v, v, v, v, v, v)
    runes = [65, 97, 0x263A, 0x1F600, 9, 10, 0, 0x7F, 0xD800, 0x110000, -1]
    for r in runes:
        fmt.printf("%c|%q|%+q|%#q|%U|%#U|%5c|%-6q|%08U\n", r, r, r, r, r, r, r, r, r)
    fmt.printf("%.0d|%.0d|%5.0d|%x|%X\n", 0, 7, 0, 3735928559, 3735928559)
    fmt.printf("%#8x|%-#8x|%#08x|%08.3x|%+.3d|% .3d\n", 255, 255, 255, 255, 7, 7)
    fmt.printf("%.10U|%#.2U|%U\n", 0x41, 0x41, 0x10FFFF)
    fmt.println(1, -2, 3000000000, 0)


if __name__ == "__main__":
    run(main)
