"""String verbs: %s %v %q %+q %#q %x %X % x %#x, precision truncates by characters, width counts characters."""

from goexit import fmt, run


def main() -> None:
    values = ["", "hello", "héllo wörld", "日本語", "tab\there", "line\nbreak", 'quote"s', "back`tick",
              "bell\a\b\f\v\r", "nul\x00", "del\x7f", "emoji 😀", "\u00a0nbsp", "\u200bzero-width", "\ufeffbom",
              "back\\slash"]  # fmt: skip
    for s in values:
        fmt.printf("%s|%v|%q|%+q|%#q|%x|%X|% x|%#x|% #X\n", s, s, s, s, s, s, s, s, s, s)
        fmt.printf("[%10s][%-10s][%.3s][%10.2s][%-6.4q][%.2x][%012s][%-012s]\n", s, s, s, s, s, s, s, s)
    fmt.printf("%5s|%-5s|%5.1s|%.0s|%.10s\n", "日本", "日本", "日本", "abc", "abc")
    fmt.printf("%q\n", ["a", "b c", ""])
    fmt.printf("%s %v %d\n", "x", "y", "z")
    fmt.printf("%c|%c|%c\n", ord("G"), ord("o"), ord("!"))
    fmt.println("multi", "args", "are", "spaced", "with", 3, "values")
    fmt.print_("no", "spaces", "between", "strings", "\n")


if __name__ == "__main__":
    run(main)
