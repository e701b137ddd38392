from collections.abc import Callable
from dataclasses import dataclass

from goexit import atomic, defer, fmt, func, recover, run


@func
def try_(name: str, f: Callable[[], object]) -> None:
    def report() -> None:
        r = recover()
        if r is not None:
            fmt.printf("%s: panic: %v\n", name, r)

    defer(report)
    f()


@dataclass
class Config:
    name: str


def main() -> None:
    v = atomic.Value()
    fmt.println("empty Load:", v.load())
    try_("Store(nil)", lambda: v.store(None))
    v.store("first")
    fmt.println("Load:", v.load())
    try_("Store(42)", lambda: v.store(42))
    fmt.println("Swap:", v.swap("second"), v.load())
    try_("Swap(nil)", lambda: v.swap(None))
    try_("Swap(1.5)", lambda: v.swap(1.5))
    fmt.println("CAS wrong old:", v.compare_and_swap("first", "third"))
    fmt.println("CAS right old:", v.compare_and_swap("second", "third"), v.load())
    try_("CAS(nil new)", lambda: v.compare_and_swap("third", None))
    try_("CAS(mixed)", lambda: v.compare_and_swap(1, "x"))
    try_("CAS(other type)", lambda: v.compare_and_swap(1, 2))
    e = atomic.Value()
    fmt.println("CAS on empty, old nil:", e.compare_and_swap(None, 7), e.load())
    f = atomic.Value()
    fmt.println("CAS on empty, old non-nil:", f.compare_and_swap(1, 7), f.load())
    p: atomic.Pointer[Config] = atomic.Pointer()
    fmt.println("Pointer empty:", p.load() is None)
    c1 = Config("a")
    c2 = Config("a")
    p.store(c1)
    fmt.println(
        "CAS same value, other pointer:", p.compare_and_swap(c2, c2), "same pointer:", p.compare_and_swap(c1, c2)
    )
    fmt.println(p.load() is c2, p.swap(None) is c2, p.load() is None)


if __name__ == "__main__":
    run(main)
