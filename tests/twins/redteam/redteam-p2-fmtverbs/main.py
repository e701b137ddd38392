"""String formatting: the common Printf verbs on structs, numbers, strings and widths."""

from dataclasses import dataclass

from goexit import fmt, os, run


@dataclass
class point:  # noqa: N801
    x: int
    y: int


def main() -> None:
    p = point(1, 2)
    fmt.printf("struct1: %v\n", p)
    fmt.printf("struct2: %+v\n", p)
    fmt.printf("struct3: %#v\n", p)
    fmt.printf("type: %T\n", p)
    fmt.printf("bool: %t\n", True)
    fmt.printf("int: %d\n", 123)
    fmt.printf("bin: %b\n", 14)
    fmt.printf("char: %c\n", 33)
    fmt.printf("hex: %x\n", 456)
    fmt.printf("float1: %f\n", 78.9)
    fmt.printf("float2: %e\n", 123400000.0)
    fmt.printf("float3: %E\n", 123400000.0)
    fmt.printf("str1: %s\n", '"string"')
    fmt.printf("str2: %q\n", '"string"')
    fmt.printf("str3: %x\n", "hex this")
    fmt.printf("width1: |%6d|%6d|\n", 12, 345)
    fmt.printf("width2: |%6.2f|%6.2f|\n", 1.2, 3.45)
    fmt.printf("width3: |%-6.2f|%-6.2f|\n", 1.2, 3.45)
    fmt.printf("width4: |%6s|%6s|\n", "foo", "b")
    fmt.printf("width5: |%-6s|%-6s|\n", "foo", "b")
    s = fmt.sprintf("sprintf: a %s", "string")
    fmt.println(s)
    fmt.fprintf(os.Stderr, "io: an %s\n", "error")
    fmt.printf("%08.3f|%+d|%x|%X|%o|%U\n", 3.14159, 5, -255, 255, 8, 0x1F600)
    fmt.printf("%5t|%-5t|%3c|%q\n", True, False, ord("A"), ord("x"))


if __name__ == "__main__":
    run(main)
