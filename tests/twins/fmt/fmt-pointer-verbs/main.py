"""%p and %v of references: slices, maps, pointers, channels and funcs print addresses; nil ones print <nil> or 0x0."""

from collections.abc import Callable
from dataclasses import dataclass

from goexit import Chan, fmt, ptr, run


@dataclass
class T:
    A: int


@dataclass
class WithFunc:
    go_type = "struct { F func() }"
    F: Callable[[], None]


def main() -> None:
    s = [1]
    m = {"a": 1}
    p = ptr(T(1))
    ch: Chan[int] = Chan(int)

    def f() -> None:
        pass

    fmt.printf("%p %p %p %p %p\n", s, m, p, ch, f)
    fmt.printf("%v %v %v\n", ch, f, ptr(s))
    fmt.printf("%#v %#v\n", ch, p)
    fmt.printf("%v %+v %#v\n", [p], {"k": p}, [p])
    np = None
    nch = None
    nf = None
    fmt.printf("%v %v %v\n", np, nch, nf)
    fmt.printf("%t %v %v\n", p == p, s is not None, m is not None)
    fmt.printf("%p|%v\n", 5, WithFunc(f))
    fmt.println(p, ch, f is not None)
    q = p
    fmt.println(fmt.sprintf("%p", p) == fmt.sprintf("%p", q), fmt.sprintf("%p", p) == fmt.sprintf("%p", ptr(T(1))))
    fmt.printf("%10p|%-12p|\n", None, None)


if __name__ == "__main__":
    run(main)
