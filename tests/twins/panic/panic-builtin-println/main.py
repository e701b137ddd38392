"""Go's built-in print and println write to standard error with the runtime's formatting, not fmt's."""

from dataclasses import dataclass

from goexit import errors, fmt, print_, println, ptr, run


@dataclass
class T:
    A: int


def main() -> None:
    println(1.5, 1e6, 100.0, 1e21, 0.000001, -2.5, 1.0 / 3, 3, -7, True, False)
    println("text", "with\nnewline")
    p = None
    q = ptr(T(1))
    println(p, q is not None, q.A)
    s = [1, 2]
    println(len(s), s)
    e = errors.new("x")
    println(e is not None, e)
    m: dict[str, int] = {}
    println(m)
    print_("no", "spaces", 1, 2, True, "\n")
    print_()
    println()
    fmt.println("stdout line between")
    println("done", ord("a"), complex(1, -2))


if __name__ == "__main__":
    run(main)
