"""%T names Go types: basic kinds, composites, funcs, channels, errors from the standard library, and named types."""

from dataclasses import dataclass

from goexit import Chan, context, errors, fmt, os, ptr, run, strconv


class Level(int):
    pass


class Name(str):
    pass


class Ratio(float):
    pass


@dataclass
class Conn:
    ID: int


@dataclass
class MyErr(Exception):
    Code: int

    def __str__(self) -> str:
        return "code " + strconv.itoa(self.Code)


class LevelNames(dict[Level, Name]):
    go_type = "map[main.Level]main.Name"


def main() -> None:
    def f1() -> None:
        pass

    def f2(a: int, b: str) -> BaseException | None:
        return None

    def f3(x: float) -> float:
        return x

    values: list[object] = [
        None, 1, -1.5, "s", True, 2 + 3j,
        [1], ["a"], (False, False), {"a": 1}, {1: ["x"]},
        [[1.0]], [1, "a"], {"k": 1, "j": "x"},
        f1, f2, f3,
        Chan(int), Chan(str, 1), Chan(),
        errors.new("e"), fmt.errorf("w: %w", errors.new("e")), fmt.errorf("plain %d", 1),
        fmt.errorf("%w %w", errors.new("a"), errors.new("b")), errors.join(errors.new("a"), errors.new("b")),
        Level(1), Name("n"), Ratio(0.5), Conn(1), ptr(Conn(2)), MyErr(3), [Level(1)],
        context.Canceled, context.DeadlineExceeded, context.background(), context.todo(),
        os.Stdout, os.ErrDeadlineExceeded,
    ]  # fmt: skip
    for i, v in enumerate(values):
        fmt.printf("%d %T\n", i, v)
    _, err = strconv.atoi("x")
    fmt.printf("%T %v\n", err, err)
    e = MyErr(4)
    fmt.printf("%T %v %s\n", e, e, e)
    fmt.printf("%T|%10T|%-10T|\n", Level(2), 3, "x")
    fmt.println(fmt.sprintf("%T", LevelNames()))


if __name__ == "__main__":
    run(main)
