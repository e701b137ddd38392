"""Maps print with their keys sorted as internal/fmtsort sorts them, whatever order they were added in."""

import math
from dataclasses import dataclass

from goexit import fmt, run


@dataclass(frozen=True)
class key:  # noqa: N801 - Go's unexported type name, as %T prints it
    A: int
    B: str


class StrInt(dict[str, int]):
    go_type = "map[string]int"  # an empty dict has no keys to infer the type from


def main() -> None:
    ints = {10: "ten", 9: "nine", -1: "minus", 100: "hundred", 2: "two", 0: "zero"}
    strs = {"b": 2, "a": 1, "B": 3, "aa": 4, "": 5, "é": 6, "Z": 7}
    floats = {2.5: "x", -1.0: "y", 0.1: "z", math.inf: "inf", -math.inf: "-inf", 10.0: "ten"}
    bools = {True: 1, False: 0}
    nested: dict[str, dict[str, int]] = {"y": {"b": 2, "a": 1}, "x": {}}
    slices: dict[str, list[int] | None] = {"k": [3, 1], "j": None}
    structs = {key(2, "a"): 1, key(1, "b"): 2, key(1, "a"): 3}
    arrays = {(2, 1): "c", (1, 2): "a", (1, 1): "b"}
    anys = {3: 1, "a": 2, 1.5: 3, True: 4, "b": 5, 7: 6, False: 7, None: 8}
    empty = StrInt()
    for m in [ints, strs, floats, bools, nested, slices, structs, arrays, anys, empty]:
        fmt.printf("%v\n%+v\n%#v\n%T\n", m, m, m, m)
    fmt.printf("%d|%x|%q|%5v|%s\n", ints, strs, strs, bools, ints)
    fmt.println(ints, strs, len(strs))
    big = {}
    for i in range(20, 0, -1):
        big[i * 7 % 23] = i
    fmt.println(big)
    set_ = {"z", "m", "a"}
    fmt.printf("%v %#v %T\n", set_, set_, set_)


if __name__ == "__main__":
    run(main)
